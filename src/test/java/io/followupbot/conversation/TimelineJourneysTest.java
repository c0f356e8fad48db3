package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.SendResult;
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
import io.followupbot.dates.LooseDateParser;
import io.followupbot.policy.Plan;
import io.followupbot.store.DeliveryStore;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.followupbot.conversation.views.NudgeComposer;

/**
 * The member's real timeline, end to end through the core: an interview entered some time before or after it
 * happened, a dispatcher that runs (or is down for a while), a member who reports each message sent when nudged.
 * For each journey: the nudges in order, when they came, and their wording class. Member in New York, quiet
 * hours 21:00-08:00, nudges at 09:00, standard cadence; Tuesday 10 March 2026 is the usual interview day.
 */
final class TimelineJourneysTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d HH:mm", Locale.ENGLISH);

    static Stream<Arguments> journeys() {
        return Stream.of(
                Arguments.of("entered 1 h after", "2026-03-10T14:00", "2026-03-10T15:45", null, null, List.of(
                        "Tue 10 18:00 thank_you:on_time", "Wed 11 09:00 linkedin:after_reported_thank_you",
                        "Tue 17 09:00 check_in:first", "Tue 24 09:00 check_in:final")),
                Arguments.of("entered 20 h after", "2026-03-10T14:00", "2026-03-11T10:45", null, null, List.of(
                        "Wed 11 10:45 thank_you:today", "Thu 12 09:00 linkedin:after_reported_thank_you",
                        "Tue 17 09:00 check_in:first", "Tue 24 09:00 check_in:final")),
                Arguments.of("entered 30 h after, in quiet hours", "2026-03-10T17:00", "2026-03-11T23:45", null, null,
                        List.of("Thu 12 08:00 thank_you:today", "Fri 13 09:00 linkedin:after_reported_thank_you",
                                "Tue 17 09:00 check_in:first", "Tue 24 09:00 check_in:final")),
                Arguments.of("entered 3 days after, on a Saturday", "2026-03-11T14:00", "2026-03-14T15:00", null, null,
                        List.of("Sat 14 15:00 thank_you:late", "Mon 16 09:00 linkedin:after_reported_thank_you",
                                "Wed 18 09:00 check_in:first", "Wed 25 09:00 check_in:final")),
                Arguments.of("entered 10 days after", "2026-03-10T14:00", "2026-03-20T14:45", null, null, List.of(
                        "Fri 20 14:45 check_in:first", "Fri 27 09:00 check_in:final", "Fri 3 09:00 move_on:after_check_ins")),
                Arguments.of("entered a day before", "2026-03-10T14:00", "2026-03-09T15:00", null, null, List.of(
                        "Tue 10 09:00 prep:today", "Tue 10 15:15 debrief:ask", "Tue 10 18:00 thank_you:on_time",
                        "Wed 11 09:00 linkedin:after_reported_thank_you")),
                Arguments.of("entered a week before", "2026-03-10T14:00", "2026-03-03T10:00", null, null, List.of(
                        "Tue 10 09:00 prep:today", "Tue 10 15:15 debrief:ask", "Tue 10 18:00 thank_you:on_time",
                        "Wed 11 09:00 linkedin:after_reported_thank_you")),
                Arguments.of("downtime of 2 days after a timely entry", "2026-03-10T14:00", "2026-03-10T15:45",
                        "2026-03-10T16:00", "2026-03-12T18:00", List.of(
                        "Thu 12 18:00 thank_you:late", "Fri 13 09:00 linkedin:after_reported_thank_you",
                        "Tue 17 09:00 check_in:first", "Tue 24 09:00 check_in:final")),
                Arguments.of("downtime of 14 days after a timely entry", "2026-03-10T14:00", "2026-03-10T15:45",
                        "2026-03-10T16:00", "2026-03-24T10:00", List.of(
                        "Tue 24 10:00 check_in:first", "Tue 31 09:00 check_in:final")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    @DisplayName("the nudges of a journey, in order, at their times, worded for what the member reported")
    void journey(final String name, final String interviewAt, final String enteredAt, final String downFrom,
                 final String downUntil, final List<String> expected, @TempDir final Path folder) {
        // GIVEN a member who tells the bot about an interview at the moment given
        try (TestCore core = new TestCore(folder, local(enteredAt))) {
            final MemberKey key = new MemberKey("web", "local", "ana");
            core.engine.handle(Inbound.message(key, "help"));
            final Member member = core.store.read(session -> session.findMember(key)).orElseThrow();
            core.followUps.record(member, new Interview("Acme Analytics", "Data Analyst", local(interviewAt),
                    Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO, List.of(new Interviewer("Dana Cole", "", "",
                    "their move to dbt")), Optional.empty(), ContactChannel.EMAIL, core.clock.instant(), ""));

            // WHEN time passes (the bot down in the given window) and the member sends each message when nudged
            final List<String> seen = run(core, member, downFrom == null ? null : local(downFrom),
                    downUntil == null ? null : local(downUntil), expected.size());

            // THEN the nudges are these, in this order
            assertThat(seen).containsExactlyElementsOf(expected);
        }
    }

    private static List<String> run(final TestCore core, final Member member, final Instant downFrom,
                                    final Instant downUntil, final int wanted) {
        final ConversationParts parts = new ConversationParts(new LooseDateParser(), core.followUps,
                DraftRenderer.builtIn(), new DraftChecker(), new Exports(core.store, core.followUps));
        final List<Nudge> received = new ArrayList<>();
        final NudgeSender sender = nudge -> {
            received.add(nudge);
            return SendResultHolder.DELIVERED;
        };
        final DeliveryStore delivery = new DeliveryStore(core.store, false);
        final Dispatcher dispatcher = new Dispatcher(delivery,
                new NudgeComposer(parts, core.clock), sender, null, core.clock, DispatcherSettings.standard("test"));
        final List<String> seen = new ArrayList<>();
        final Instant end = core.clock.instant().plus(Duration.ofDays(30));
        while (seen.size() < wanted && core.clock.instant().isBefore(end)) {
            final boolean down = downFrom != null && !core.clock.instant().isBefore(downFrom)
                    && core.clock.instant().isBefore(downUntil);
            if (!down) {
                final int before = received.size();
                dispatcher.runOnce();
                for (final Nudge nudge : received.subList(before, received.size())) {
                    seen.add(WHEN.format(core.clock.instant().atZone(NEW_YORK)) + " " + nudge.kind().key() + ":"
                            + wording(nudge));
                    if (nudge.kind() != StepKind.PREP && nudge.kind() != StepKind.DEBRIEF) {
                        core.followUps.report(member, 1, new InterviewEvent.Sent(core.clock.instant(), nudge.kind(),
                                nudge.recipient()));
                    }
                }
            }
            // on to the next due step (a running dispatcher wakes for it), or to the end of the downtime
            final Instant now = core.clock.instant();
            final Instant next = down ? downUntil : delivery.nextDueAt().filter(due -> due.isAfter(now))
                    .orElse(now.plus(Duration.ofMinutes(1)));
            core.clock.advance(Duration.between(now, next));
        }
        return seen;
    }

    /** The wording class of a nudge, from what it says. */
    static String wording(final Nudge nudge) {
        final String text = nudge.message().text();
        return switch (nudge.kind()) {
            case THANK_YOU -> text.contains("within 24 hours") ? "on_time" : text.contains("send it today") ? "today"
                    : text.contains("still helps") ? "late" : "?";
            case LINKEDIN -> text.contains("is out") ? "after_reported_thank_you" : "connect";
            case CHECK_IN -> text.contains("One last") ? "final" : "first";
            case MOVE_ON -> text.contains("after your check-ins") ? "after_check_ins" : "no_check_ins";
            case PREP -> text.contains("is today") ? "today" : "?";
            case DEBRIEF -> text.contains("How did") ? "ask" : "?";
            default -> nudge.kind().key();
        };
    }

    private static Instant local(final String text) {
        return LocalDateTime.parse(text).atZone(NEW_YORK).toInstant();
    }

    /** The delivered result, from outside the delivery package. */
    private static final class SendResultHolder {
        static final SendResult DELIVERED = SendResult.delivered();
    }
}
