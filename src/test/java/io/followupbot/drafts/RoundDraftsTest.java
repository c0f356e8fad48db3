package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Drafts of an application of several rounds")
final class RoundDraftsTest {

    /** Monday 16 March 2026: the first business day after the second round's decision date. */
    private static final LocalDate SEND_DATE = LocalDate.of(2026, 3, 16);
    private static final Interviewer RITA = new Interviewer("Rita Gomez", "Recruiter", "rita@acme.example",
            "how the data team grew from three people to twelve");

    private final DraftRenderer renderer = DraftRenderer.builtIn();
    private final DraftChecker checker = new DraftChecker();

    /** A recruiter screen by phone with Rita on Tuesday 3 March 2026, a week before the sample interview. */
    private static Interview screen() {
        return new Interview("Acme Analytics", "Data Engineer", SampleInterviews.INTERVIEW_START.minusWeeks(1).toInstant(),
                Duration.ofMinutes(30), InterviewFormat.PHONE, List.of(RITA), Optional.empty(), ContactChannel.EMAIL,
                SampleInterviews.INTERVIEW_START.minusWeeks(1).toInstant(), "");
    }

    /** Round 2 with {@code people}, otherwise the full sample interview (Tuesday 10 March, decision by Friday 13). */
    private static Interview secondRound(final List<Interviewer> people) {
        final Interview full = SampleInterviews.full();
        return new Interview(full.company(), full.role(), full.startsAt(), full.length(), full.format(), people,
                full.decisionDate(), full.channel(), full.recordedAt(), full.addition());
    }

    private static DraftContext secondRoundContext(final List<Interviewer> people) {
        return DraftContext.ofRound(List.of(screen(), secondRound(people)), 2, SampleInterviews.member());
    }

    @Test
    @DisplayName("the second round's thank-you to someone new refers to the conversation begun in the first")
    void theSecondRoundsThankYouReferToTheFirst() {
        // GIVEN a screen with Rita Gomez, then a second round with Ana Ruiz and Ben Okafor
        final DraftContext context = secondRoundContext(List.of(SampleInterviews.ANA, SampleInterviews.BEN))
                .to(SampleInterviews.ANA);
        // WHEN Ana's short thank-you is rendered
        final Draft draft = renderer.render(DraftKind.THANK_YOU_SHORT, context);
        // THEN it speaks of the conversation Rita began, and the checker accepts it
        assertThat(draft.body()).contains("Thank you for meeting me on Tuesday 10 March about the Data Engineer "
                + "position at Acme Analytics. It was good to continue the conversation I began with Rita Gomez on "
                + "Tuesday 3 March. I especially valued");
        assertThat(checker.check(draft.text(), checkContext(DraftKind.THANK_YOU_SHORT, context))).isEmpty();
    }

    @Test
    @DisplayName("a thank-you to someone met again in the second round says the conversation began with them")
    void aThankYouToSomeoneMetAgainSaysYou() {
        // GIVEN Rita was at the screen and again at the second round, with Ana
        final DraftContext context = secondRoundContext(List.of(RITA, SampleInterviews.ANA)).to(RITA);
        // WHEN Rita's second thank-you is rendered
        final Draft draft = renderer.render(DraftKind.THANK_YOU_SHORT, context);
        // THEN the conversation began with "you"
        assertThat(draft.body()).contains("It was good to continue the conversation I began with you on Tuesday 3 March.");
    }

    @Test
    @DisplayName("the check-ins and the move-on speak of every conversation of the process")
    void checkInsSpeakOfTheProcess() {
        // GIVEN the two rounds; a check-in goes to the second round's interviewers
        final DraftContext context = secondRoundContext(List.of(SampleInterviews.ANA, SampleInterviews.BEN));
        // WHEN the check-in, the final check-in and the move-on are rendered
        // THEN each names the conversations with "you" (the people greeted) and Rita, the latest on 10 March
        assertThat(renderer.render(DraftKind.CHECK_IN, context).body()).contains("Dear Ana and Ben,",
                "I am writing to follow up on my conversations with you and Rita Gomez about the Data Engineer "
                        + "position at Acme Analytics, the latest on Tuesday 10 March.");
        assertThat(renderer.render(DraftKind.FINAL_CHECK_IN, context).body()).contains("I am following up once more "
                + "after my conversations with you and Rita Gomez about the Data Engineer position, the latest on "
                + "Tuesday 10 March.");
        assertThat(renderer.render(DraftKind.MOVE_ON, context).body()).contains("I have not heard back about the "
                + "Data Engineer position since my conversations with you and Rita Gomez, the latest on Tuesday "
                + "10 March, so I assume");
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    @DisplayName("every kind, filled for a second round, reads cleanly and passes the checker")
    void everyKindForASecondRoundPassesTheChecker(final DraftKind kind) {
        // GIVEN the full sample context of the kind, following the screen with Rita
        final DraftContext context = SampleInterviews.fullContext(kind).after(List.of(screen()));
        // WHEN it is rendered and checked
        final Draft draft = renderer.render(kind, context);
        // THEN no artefact is left and the checker finds nothing
        DraftRendererTest.assertNoArtefacts(draft);
        assertThat(checker.check(draft.text(), checkContext(kind, context))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    @DisplayName("a draft about an application's first round reads exactly as a draft about a single interview")
    void aFirstRoundReadsAsBefore(final DraftKind kind) {
        // GIVEN the full sample context, and the same as round 1 of an application whose round 2 follows
        final DraftContext single = SampleInterviews.fullContext(kind);
        final DraftContext firstOfTwo = single.after(List.of());
        // WHEN both are rendered
        // THEN the drafts are the same
        assertThat(renderer.render(kind, firstOfTwo)).isEqualTo(renderer.render(kind, single));
        assertThat(DraftContext.ofRound(List.of(screen(), SampleInterviews.full()), 1, SampleInterviews.member())
                .earlierRounds()).isEmpty();
    }

    private static CheckContext checkContext(final DraftKind kind, final DraftContext context) {
        final CheckContext checkContext = CheckContext.forDraft(kind, context.interview(), SEND_DATE);
        return context.to().map(checkContext::withRecipient).orElse(checkContext);
    }
}
