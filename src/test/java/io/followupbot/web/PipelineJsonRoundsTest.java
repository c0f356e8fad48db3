package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.followup.Members;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web page's cards of an application of several rounds. */
final class PipelineJsonRoundsTest {

    /** Wednesday 25 November 2026, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    @Test
    @DisplayName("GIVEN a screen and a second round WHEN the page reads the pipeline THEN one card holds both rounds, "
            + "oldest first, and each step its round, named in the label of a step of one round")
    @SuppressWarnings("unchecked")
    void oneCardWithItsRounds() {
        // GIVEN
        final TestCore core = CORE.core();
        final Member member = core.app.members().arrive(new Members.Arrival(CORE.newKey(), "Ana",
                Optional.of(ZoneId.of("America/New_York")), ""));
        core.followUps.record(member, round(Instant.parse("2026-11-17T15:00:00Z"), InterviewFormat.PHONE, "Rita Gomez",
                Optional.empty()));
        core.followUps.addRound(member, 1, round(Instant.parse("2026-11-24T19:00:00Z"), InterviewFormat.VIDEO,
                "Maya Chen", Optional.of(LocalDate.of(2026, 12, 4)))).orElseThrow();
        // WHEN
        final Map<String, Object> json = PipelineJson.of(core.followUps.pipeline(member), NOW, "America/New_York");
        // THEN
        final List<Map<String, Object>> cards = (List<Map<String, Object>>) json.get("interviews");
        assertThat(cards).hasSize(1);
        assertThat((List<Map<String, Object>>) cards.get(0).get("rounds")).containsExactly(
                Map.of("round", 1, "at", "2026-11-17T15:00:00Z", "format", "phone", "interviewers", List.of("Rita Gomez")),
                Map.of("round", 2, "at", "2026-11-24T19:00:00Z", "format", "video", "interviewers", List.of("Maya Chen")));
        final List<Map<String, Object>> steps = (List<Map<String, Object>>) cards.get(0).get("steps");
        assertThat(steps).extracting(step -> step.get("label")).containsExactly("thank-you to Maya Chen (round 2)",
                "status check-in", "status check-in #2 (final)", "close the loop and move on");
        assertThat(steps).extracting(step -> step.get("round")).containsOnly(2);
    }

    private static Interview round(final Instant at, final InterviewFormat format, final String person,
                                   final Optional<LocalDate> decision) {
        return new Interview("Acme Analytics", "Data Analyst", at, Duration.ofMinutes(45), format,
                List.of(Interviewer.named(person)), decision, ContactChannel.EMAIL, at, "");
    }
}
