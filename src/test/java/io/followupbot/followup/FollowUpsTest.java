package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.policy.Plan;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The use cases on applications and their rounds, as the member's export and the stored plan show them: each change
 * leaves its line in the history, and a number or round that does not fit changes nothing.
 */
final class FollowUpsTest {

    /** Wednesday 25 November 2026, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final Instant LAST_WEEK = Instant.parse("2026-11-18T15:00:00Z");
    private static final Instant YESTERDAY = Instant.parse("2026-11-24T19:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    private final TestCore core = CORE.core();
    private final Member member = CORE.arrive("Ana", Optional.of(ZoneId.of("America/New_York"))).member();

    private static Interview round(final Instant at, final String person) {
        return new Interview("Acme Analytics", "Data Analyst", at, Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named(person)), Optional.empty(), ContactChannel.EMAIL, NOW, "");
    }

    /** Application 1: one round with Rita last week, one with Maya yesterday. */
    private void twoRounds() {
        core.followUps.record(member, round(LAST_WEEK, "Rita Gomez"));
        core.followUps.addRound(member, 1, round(YESTERDAY, "Maya Chen")).orElseThrow();
    }

    /** The events of application {@code number} in the member's JSON export (those of one moment in any order). */
    private List<String> history(final int number) throws IOException {
        final String json = core.app.exports().export(member).stream()
                .filter(file -> file.name().equals("followup-data.json")).findFirst().map(file -> new String(
                        file.content(), java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
        final List<String> events = new ArrayList<>();
        for (final JsonNode application : new ObjectMapper().readTree(json).get("interviews")) {
            if (application.get("id").asInt() == number) {
                application.get("history").forEach(event -> events.add(event.get("event").asText()));
            }
        }
        return events;
    }

    private int pendingSteps(final Tracked tracked) {
        return core.count("SELECT COUNT(*) FROM plan_steps WHERE status = 'pending' AND interview_id = '"
                + tracked.stored().id() + "'");
    }

    @Test
    @DisplayName("GIVEN an application sent yesterday WHEN it is recorded THEN its history says so and its plan is "
            + "stored, step for step")
    void anApplicationIsRecordedWithItsPlan() throws IOException {
        // WHEN
        final Tracked applied = core.followUps.apply(member, "Acme Analytics", "Data Analyst", YESTERDAY);
        // THEN
        assertThat(history(1)).containsExactlyInAnyOrder("application", "applied");
        assertThat(applied.plan().steps()).isNotEmpty();
        assertThat(pendingSteps(applied)).isEqualTo(applied.plan().steps().size());
    }

    @Test
    @DisplayName("GIVEN an application WHEN its first interview and then a second are added THEN the history has "
            + "'interviewed' then 'round', and the preview of each was the plan it then got")
    void roundsOfAnApplication() throws IOException {
        // GIVEN
        core.followUps.apply(member, "Acme Analytics", "Data Analyst", LAST_WEEK);
        // WHEN
        final Optional<Plan> firstPreview = core.followUps.previewRound(member, 1, round(YESTERDAY, "Rita Gomez"));
        final Tracked first = core.followUps.addRound(member, 1, round(YESTERDAY, "Rita Gomez")).orElseThrow();
        final Instant tomorrow = NOW.plus(Duration.ofDays(1));
        final Optional<Plan> secondPreview = core.followUps.previewRound(member, 1, round(tomorrow, "Maya Chen"));
        final Tracked second = core.followUps.addRound(member, 1, round(tomorrow, "Maya Chen")).orElseThrow();
        // THEN
        assertThat(first.stored().roundCount()).isEqualTo(1);
        assertThat(second.stored().roundCount()).isEqualTo(2);
        assertThat(firstPreview).contains(first.plan());
        assertThat(secondPreview).contains(second.plan());
        assertThat(history(1)).containsExactlyInAnyOrder("application", "applied", "interviewed", "round");
        assertThat(core.followUps.previewRound(member, 2, round(tomorrow, "Maya Chen"))).isEmpty();
    }

    @Test
    @DisplayName("GIVEN two applications with interviews and one still waiting for one WHEN merged THEN the two with "
            + "interviews become one, with 'merged' in its history; the waiting one can be neither side")
    void merge() throws IOException {
        // GIVEN
        core.followUps.record(member, round(LAST_WEEK, "Rita Gomez"));
        core.followUps.record(member, round(YESTERDAY, "Maya Chen"));
        core.followUps.apply(member, "Beta Corp", "Analyst", YESTERDAY);
        // WHEN / THEN
        assertThat(core.followUps.merge(member, 3, 1)).isEmpty();
        assertThat(core.followUps.merge(member, 1, 3)).isEmpty();
        assertThat(core.followUps.merge(member, 1, 1)).isEmpty();
        final Tracked merged = core.followUps.merge(member, 1, 2).orElseThrow();
        assertThat(merged.stored().roundCount()).isEqualTo(2);
        assertThat(history(1)).as("both recordings, and the merge")
                .containsExactlyInAnyOrder("recorded", "recorded", "merged");
    }

    @Test
    @DisplayName("GIVEN an application of two rounds WHEN a round is split off THEN only a round other than the one it "
            + "was entered with, within the rounds, makes a new application, with 'split' in the history")
    void split() throws IOException {
        // GIVEN
        twoRounds();
        core.followUps.record(member, round(YESTERDAY, "Tom Baker"));
        // WHEN / THEN
        assertThat(core.followUps.split(member, 1, 0)).isEmpty();
        assertThat(core.followUps.split(member, 1, 1)).isEmpty();
        assertThat(core.followUps.split(member, 1, 3)).isEmpty();
        assertThat(core.followUps.split(member, 2, 1)).isEmpty();
        final List<Tracked> both = core.followUps.split(member, 1, 2).orElseThrow();
        assertThat(both).extracting(tracked -> tracked.stored().number()).containsExactly(1, 3);
        assertThat(history(1)).containsExactlyInAnyOrder("recorded", "round", "split");
    }

    @Test
    @DisplayName("GIVEN an application whose first round was added after the one it was entered with WHEN round 1 is "
            + "split off THEN it becomes an application of its own")
    void splitTheFirstRound() {
        // GIVEN
        core.followUps.record(member, round(YESTERDAY, "Maya Chen"));
        core.followUps.addRound(member, 1, round(LAST_WEEK, "Rita Gomez")).orElseThrow();
        // WHEN
        final List<Tracked> both = core.followUps.split(member, 1, 1).orElseThrow();
        // THEN
        assertThat(both).extracting(tracked -> tracked.stored().interview().interviewers().get(0).name())
                .containsExactly("Maya Chen", "Rita Gomez");
    }

    @Test
    @DisplayName("GIVEN an application of two rounds WHEN a round is edited THEN rounds 0 (the latest) to 2 are, "
            + "with 'edited' in the history; -1 and 3 are not")
    void editARound() throws IOException {
        // GIVEN
        twoRounds();
        // WHEN / THEN
        assertThat(core.followUps.edit(member, 1, -1, round(YESTERDAY, "Tom Baker"))).isEmpty();
        assertThat(core.followUps.edit(member, 1, 3, round(YESTERDAY, "Tom Baker"))).isEmpty();
        assertThat(core.followUps.edit(member, 1, 2, round(YESTERDAY, "Tom Baker")).orElseThrow().stored()
                .round(2).interviewers()).containsExactly(Interviewer.named("Tom Baker"));
        assertThat(core.followUps.edit(member, 1, round(YESTERDAY, "Ben Ode")).orElseThrow().stored()
                .round(2).interviewers()).containsExactly(Interviewer.named("Ben Ode"));
        assertThat(history(1)).containsExactlyInAnyOrder("recorded", "round", "edited", "edited");
    }

    @Test
    @DisplayName("GIVEN a rejected application of two rounds WHEN an edit of round 2 is previewed THEN the plan is "
            + "the rejected application's (only the reply to the rejection); of a round 3 it does not have, a new interview's")
    void previewAnEdit() {
        // GIVEN
        twoRounds();
        core.followUps.report(member, 1, new InterviewEvent.Rejected(NOW)).orElseThrow();
        final Interview edited = round(YESTERDAY, "Tom Baker");
        // WHEN
        final Plan ofRound2 = core.followUps.preview(member, 1, 2, edited);
        final Plan ofRound3 = core.followUps.preview(member, 1, 3, edited);
        // THEN
        assertThat(ofRound2.stage()).isEqualTo(Stage.REJECTED);
        assertThat(ofRound2.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.REPLY_REJECTION);
        assertThat(ofRound3).isEqualTo(core.followUps.preview(member, edited));
        assertThat(ofRound3.stage()).isNotEqualTo(Stage.REJECTED);
    }
}
