package io.followupbot.conversation.timing;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Inbound;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.conversation.views.NudgeComposer;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.Nudge;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.Exports;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A nudge's snoozes (issue 31), pressed in the chat on a Friday afternoon in New York: when each brings it back. */
final class SnoozeChoicesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final MemberKey ANA = new MemberKey("web", "local", "ana");

    private TestCore core;
    private Member member;
    private Nudge nudge;

    private static Instant local(final String at) {
        return LocalDateTime.parse(at).atZone(NEW_YORK).toInstant();
    }

    @BeforeEach
    void thankYouNudgeOnFriday(@TempDir final Path folder) {
        core = new TestCore(folder, local("2026-03-13T15:45"));
        core.engine.handle(Inbound.message(ANA, "help"));
        member = core.store.read(session -> session.findMember(ANA)).orElseThrow();
        core.followUps.record(member, new Interview("Acme Analytics", "Data Analyst", local("2026-03-13T14:00"),
                Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO, List.of(new Interviewer("Dana Cole", "", "",
                "their move to dbt")), Optional.empty(), ContactChannel.EMAIL, core.clock.instant(), ""));
        final StoredInterview interview = core.store.read(session -> session.interviews(member.id())).get(0);
        final ConversationParts parts = new ConversationParts(new LooseDateParser(), core.followUps,
                DraftRenderer.builtIn(), new DraftChecker(), new Exports(core.store, core.followUps));
        nudge = new NudgeComposer(parts, core.clock).render(new DueStep("s1", interview.id(), member.id(),
                StepKind.THANK_YOU, "thank_you@Dana_Cole", Optional.of("Dana Cole"), 1, false, core.clock.instant(), 0,
                Optional.empty()), interview, member);
    }

    @AfterEach
    void stop() {
        core.close();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "Snooze 1 hour, snooze 1 thank_you@Dana_Cole in an hour, 2026-03-13T16:45, 'Fri 13 Mar, 16:45'",
        "Snooze till tomorrow, snooze 1 thank_you@Dana_Cole tomorrow morning, 2026-03-14T09:00, 'Sat 14 Mar, 09:00'",
        "Snooze till next business day, snooze 1 thank_you@Dana_Cole next business day, 2026-03-16T09:00, "
                + "'Mon 16 Mar, 09:00'",
        "Snooze till next week, snooze 1 thank_you@Dana_Cole next week, 2026-03-16T09:00, 'Mon 16 Mar, 09:00'"
    })
    @DisplayName("GIVEN a thank-you nudge on Friday 15:45 WHEN the member presses a snooze THEN its command snoozes the "
            + "thank-you to the choice's time, and the reply says when")
    void eachChoice(final String label, final String command, final String until, final String inWords) {
        // GIVEN the nudge's button
        final Button button = nudge.message().buttons().stream().filter(candidate -> candidate.label().equals(label))
                .findFirst().orElseThrow();
        assertThat(button.value()).isEqualTo(command);

        // WHEN pressed
        final String reply = new ChatDriver(core.engine, ANA, Optional.empty()).press(button.value()).plainText();

        // THEN the thank-you comes back then
        final String interviewId = core.store.read(session -> session.interviews(member.id())).get(0).id();
        assertThat(core.store.read(session -> session.events(interviewId)).stream()
                .filter(event -> event instanceof InterviewEvent.Snoozed).map(event -> ((InterviewEvent.Snoozed) event)
                        .until()).toList()).containsExactly(local(until));
        assertThat(reply).isEqualTo("Okay, I'll remind you about the thank-you to Dana Cole on " + inWords + ".");
    }
}
