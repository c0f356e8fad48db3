package io.followupbot.conversation.views;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.Nudge;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.Exports;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A due step rendered as the nudge the member receives: the lead of the step's own round, and the actions that fit
 * the step (a thank-you can be skipped, a prep is only marked done).
 */
final class NudgeRenderTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private static Member member;
    private static NudgeComposer composer;

    /** #1 Acme Analytics: a screen with Rita Gomez eight days ago, then Tom Baker's round this afternoon. */
    @BeforeAll
    static void twoRoundsAtAcme() {
        final TestCore core = CORE.core();
        member = CORE.arrive("Ana").member();
        record("Acme Analytics", TUESDAY_AFTERNOON.minus(Duration.ofDays(8)), "Rita Gomez");
        record("Acme Analytics", TUESDAY_AFTERNOON, "Tom Baker");
        core.followUps.merge(member, 1, 2).orElseThrow();
        composer = new NudgeComposer(new ConversationParts(new LooseDateParser(), core.followUps,
                DraftRenderer.builtIn(), new DraftChecker(), new Exports(core.store, core.followUps)), core.clock);
    }

    private static Tracked record(final String company, final Instant startsAt, final String interviewer) {
        return CORE.core().followUps.record(member, new Interview(company, "Data Analyst", startsAt,
                Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(Interviewer.named(interviewer)),
                Optional.empty(), ContactChannel.EMAIL, TUESDAY_EVENING, ""));
    }

    /** The nudge of application {@code number}'s planned step of this kind (to this person, when named). */
    private static Nudge nudge(final int number, final StepKind kind, final Optional<String> to) {
        final PlannedStep step = CORE.core().followUps.find(member, number).orElseThrow().plan().steps().stream()
                .filter(planned -> planned.kind() == kind && (to.isEmpty() || planned.to().equals(to)))
                .findFirst().orElseThrow();
        return render(number, kind, step.to(), step.sequence(), step.last());
    }

    /** The nudge of a step of application {@code number} that comes due now, as the delivery store hands it over. */
    private static Nudge render(final int number, final StepKind kind, final Optional<String> to, final int sequence,
                                final boolean last) {
        final Tracked tracked = CORE.core().followUps.find(member, number).orElseThrow();
        return composer.render(new DueStep("due-" + kind, tracked.stored().id(), member.id(), kind, kind.name()
                + to.map(name -> "@" + name).orElse(""), to, sequence, last, TUESDAY_EVENING, 0, Optional.empty()),
                tracked.stored(), member);
    }

    private static List<String> labels(final Nudge nudge) {
        return nudge.message().buttons().stream().map(Button::label).toList();
    }

    @Test
    @DisplayName("GIVEN two rounds, the second this afternoon WHEN the thank-you to Tom Baker is due THEN its lead is "
            + "for this afternoon's round (on time), and it can be sent, snoozed, skipped, replied to or stopped")
    void theThankYouOfTheSecondRound() {
        final Nudge nudge = nudge(1, StepKind.THANK_YOU, Optional.of("Tom Baker"));

        assertThat(MemberText.strip(nudge.message().text())).isEqualTo("Time to thank Tom Baker for the Acme "
                + "Analytics interview. It should go out within 24 hours of the interview; here's a draft to make your "
                + "own.");
        assertThat(labels(nudge)).containsExactly("I sent it", "Snooze 1 hour", "Snooze till tomorrow",
                "Snooze till next business day", "Snooze till next week", "I'll skip it", "They replied",
                "Stop these");
    }

    @Test
    @DisplayName("GIVEN a check-in due WHEN rendered THEN it can be sent, snoozed, replied to or stopped, not skipped")
    void aCheckInIsNotSkipped() {
        assertThat(labels(nudge(1, StepKind.CHECK_IN, Optional.empty()))).containsExactly("I sent it", "Snooze 1 hour",
                "Snooze till tomorrow", "Snooze till next business day", "Snooze till next week", "They replied",
                "Stop these");
    }

    @Test
    @DisplayName("GIVEN an interview tomorrow WHEN its prep nudge comes THEN it wishes luck, then gives the advice, "
            + "with Done and Stop these")
    void thePrepNudgeGivesAdvice() {
        final int globex = record("Globex", TUESDAY_EVENING.plus(Duration.ofDays(1)), "Dana Fry").number();

        final Nudge nudge = render(globex, StepKind.PREP, Optional.empty(), 1, false);

        assertThat(MemberText.strip(nudge.message().text())).isEqualTo("Your Globex interview for Data Analyst is "
                + "today. Good luck!\nYour interview with Globex is coming up. Before it ends, ask when you can expect "
                + "to hear back, and note each interviewer's name and one thing you discussed with them; that detail "
                + "makes the thank-you yours.");
        assertThat(nudge.message().buttons()).extracting(Button::label, Button::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Done", "sent " + globex + " prep"),
                org.assertj.core.groups.Tuple.tuple("Stop these", "archive " + globex));
    }
}
