package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StoredInterview;
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
        final Member member = core.app.members().arrive(new Members.Arrival(CORE.newKey(), "Ana", Optional.of(NEW_YORK), ""));
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

    @Test
    @DisplayName("GIVEN an application of two rounds WHEN exported THEN the pipeline CSV has one row with 2 rounds, the "
            + "JSON lists both rounds with their people, and the calendar has one event per round")
    void exportsHoldTheRounds() throws Exception {
        // GIVEN
        final Member member = memberWithTwoRounds();
        // WHEN
        final Map<String, String> files = core.app.exports().export(member).stream().collect(Collectors.toMap(
                Exports.ExportFile::name, file -> new String(file.content(), StandardCharsets.UTF_8)));
        // THEN
        final List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(files.get("followup-pipeline.csv"))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("rounds")).isEqualTo("2");
        assertThat(rows.get(0).get("interview_date")).isEqualTo("2026-11-24 14:00");
        assertThat(rows.get(0).get("next_step")).isEqualTo("thank-you to Maya Chen (round 2)");

        final JsonNode application = new ObjectMapper().readTree(files.get("followup-data.json")).at("/interviews");
        assertThat(application).hasSize(1);
        final JsonNode rounds = application.get(0).get("rounds");
        assertThat(rounds).hasSize(2);
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
