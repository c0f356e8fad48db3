package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.config.BotConfig;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StoredInterview;
import io.followupbot.interview.WorkSearchTerms;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An application of two rounds in the member's exports, and gone entirely after forget-me. */
final class RoundExportsTest {

    /** Wednesday 25 November 2026, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    private final TestCore core = CORE.core();

    /** A screen with Rita on Tuesday 17 November, then a second round with Maya and Tom yesterday. */
    private Member memberWithTwoRounds() {
        final Member member = CORE.arrive("Ana", Optional.of(NEW_YORK)).member();
        core.followUps.record(member, round(Instant.parse("2026-11-17T15:00:00Z"), InterviewFormat.PHONE,
                List.of(new Interviewer("Rita Gomez", "Recruiter", "rita@acme.test", "")), Optional.empty()));
        core.followUps.addRound(member, 1, round(Instant.parse("2026-11-24T19:00:00Z"), InterviewFormat.VIDEO,
                List.of(new Interviewer("Maya Chen", "Head of Data", "", "her plan to move reporting to dbt"),
                        Interviewer.named("Tom Baker")), Optional.of(LocalDate.of(2026, 12, 4)))).orElseThrow();
        return member;
    }

    private static Interview round(final Instant at, final InterviewFormat format, final List<Interviewer> people,
                                   final Optional<LocalDate> decision) {
        return new Interview("Acme Analytics", "Data Analyst", at, Duration.ofMinutes(45), format, people, decision,
                ContactChannel.EMAIL, at, "");
    }

    /** The member's exported files' text, by name. */
    private Map<String, String> export(final Member member) {
        return core.app.exports().export(member).stream().collect(Collectors.toMap(
                Exports.ExportFile::name, file -> new String(file.content(), StandardCharsets.UTF_8)));
    }

    private static List<CSVRecord> pipeline(final Map<String, String> files) throws java.io.IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(files.get("followup-pipeline.csv"))).getRecords();
    }

    /** The calendar's events of planned steps (not of rounds): their summaries, in order. */
    private static List<String> stepSummaries(final Map<String, String> files) {
        return Biweekly.parse(files.get("followup-plan.ics")).first().getEvents().stream()
                .filter(event -> !event.getUid().getValue().contains("-round-"))
                .map(event -> event.getSummary().getValue()).toList();
    }

    @Test
    @DisplayName("GIVEN an application of one round WHEN exported THEN its next step and its calendar's steps name no "
            + "round")
    void oneRoundNamesNoRound() throws Exception {
        // GIVEN
        final Member member = CORE.arrive("Ana", Optional.of(NEW_YORK)).member();
        core.followUps.record(member, round(Instant.parse("2026-11-24T19:00:00Z"), InterviewFormat.VIDEO,
                List.of(Interviewer.named("Maya Chen")), Optional.empty()));
        // WHEN
        final Map<String, String> files = export(member);
        // THEN
        assertThat(pipeline(files).get(0).get("next_step")).isEqualTo("thank-you to Maya Chen");
        assertThat(stepSummaries(files)).contains("thank-you to Maya Chen - Acme Analytics")
                .noneMatch(summary -> summary.contains("round"));
    }

    @Test
    @DisplayName("GIVEN an application of two rounds WHEN exported THEN the pipeline CSV has one row with 2 rounds, the "
            + "JSON lists both rounds, numbered, with their people, and the calendar has one event per round and "
            + "names the round of each step that follows one")
    void exportsHoldTheRounds() throws Exception {
        // GIVEN
        final Member member = memberWithTwoRounds();
        // WHEN
        final Map<String, String> files = export(member);
        // THEN
        final List<CSVRecord> rows = pipeline(files);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("rounds")).isEqualTo("2");
        assertThat(rows.get(0).get("interview_date")).isEqualTo("2026-11-24 14:00");
        assertThat(rows.get(0).get("next_step")).isEqualTo("thank-you to Maya Chen (round 2)");

        final JsonNode application = new ObjectMapper().readTree(files.get("followup-data.json")).at("/interviews");
        assertThat(application).hasSize(1);
        final JsonNode rounds = application.get(0).get("rounds");
        assertThat(rounds).hasSize(2);
        assertThat(rounds).extracting(round -> round.get("round").asInt()).containsExactly(1, 2);
        assertThat(rounds.get(0).get("interview_at").asText()).isEqualTo("2026-11-17T15:00:00Z");
        assertThat(rounds.get(0).get("format").asText()).isEqualTo("phone");
        assertThat(rounds.get(0).at("/interviewers/0/name").asText()).isEqualTo("Rita Gomez");
        assertThat(rounds.get(1).get("decision_date").asText()).isEqualTo("2026-12-04");
        assertThat(rounds.get(1).get("interviewers")).extracting(person -> person.get("name").asText())
                .containsExactly("Maya Chen", "Tom Baker");
        assertThat(application.get(0).at("/planned_steps/0/round").asInt()).isEqualTo(2);

        final List<VEvent> interviews = Biweekly.parse(files.get("followup-plan.ics")).first().getEvents().stream()
                .filter(event -> event.getUid().getValue().contains("-round-")).toList();
        assertThat(interviews).extracting(event -> event.getSummary().getValue())
                .containsExactly("Interview, round 1 - Acme Analytics", "Interview, round 2 - Acme Analytics");
        assertThat(interviews).extracting(event -> event.getDateStart().getValue().toInstant())
                .containsExactly(Instant.parse("2026-11-17T15:00:00Z"), Instant.parse("2026-11-24T19:00:00Z"));
        assertThat(interviews).extracting(event -> event.getUid().getValue()).allMatch(uid -> uid.startsWith(
                "followup-" + core.followUps.pipeline(member).get(0).stored().id() + "-round-"))
                .extracting(uid -> uid.substring(uid.lastIndexOf('-') + 1)).containsExactly("1", "2");
        assertThat(stepSummaries(files)).contains("thank-you to Maya Chen (round 2) - Acme Analytics");
    }

    @Test
    @DisplayName("GIVEN a Slack workspace whose work-search log says 'Datum' for the date WHEN a member of it and a "
            + "member of another workspace ask for their log THEN each log is headed in their own community's words")
    void theLogInTheCommunitysWords() {
        // GIVEN
        final Exports exports = new Exports(core.store, core.followUps, new BotConfig.WorkSearchLog(WorkSearchTerms.ENGLISH,
                Map.of("slack:TDE", new WorkSearchTerms(Map.of(WorkSearchTerms.Column.DATE, "Datum")))));
        final Member inGermany = CORE.arrive(CORE.newKey("slack", "TDE"), "Ana").member();
        final Member elsewhere = CORE.arrive(CORE.newKey("slack", "TUS"), "Ben").member();
        // WHEN
        final String german = exports.workSearchLog(inGermany, LocalDate.MIN, LocalDate.MAX).csv();
        final String english = exports.workSearchLog(elsewhere, LocalDate.MIN, LocalDate.MAX).csv();
        // THEN
        assertThat(german).startsWith("Datum,activity,employer,position,contact,method,result");
        assertThat(english).startsWith("date,activity,employer,position,contact,method,result");
    }

    @Test
    @DisplayName("GIVEN a member with an application of two rounds WHEN they say forget-me THEN no row of either round, "
            + "its interviewers or its plan is left")
    void forgetMeLeavesNoRound() {
        // GIVEN
        final Member member = memberWithTwoRounds();
        final StoredInterview stored = core.followUps.pipeline(member).get(0).stored();
        final String rounds = stored.rounds().stream().map(round -> "'" + round.id() + "'")
                .collect(Collectors.joining(", "));
        assertThat(core.count("SELECT COUNT(*) FROM interviews WHERE id IN (" + rounds + ")")).isEqualTo(2);
        assertThat(core.count("SELECT COUNT(*) FROM interviewers WHERE interview_id IN (" + rounds + ")")).isEqualTo(3);
        // WHEN
        core.app.members().forget(member);
        // THEN
        assertThat(core.count("SELECT COUNT(*) FROM interviews WHERE member_id = '" + member.id() + "'")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM interviews WHERE id IN (" + rounds + ")")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM interviewers WHERE interview_id IN (" + rounds + ")")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM plan_steps WHERE interview_id IN (" + rounds + ")")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM events WHERE interview_id IN (" + rounds + ")")).isZero();
        assertThat(core.followUps.pipeline(member.key())).isEmpty();
    }
}
