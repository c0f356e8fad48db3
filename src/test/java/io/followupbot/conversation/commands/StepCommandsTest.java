package io.followupbot.conversation.commands;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three commands that act on one step of a plan, {@code snooze}, {@code sent} and {@code skip}: which step
 * they take when the member names none, what day they read, and what the member reads back.
 */
final class StepCommandsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private CoreForClass.Newcomer ana;
    private ChatDriver chat;

    @BeforeEach
    void interviewedThisAfternoon() {
        ana = CORE.arrive("Ana");
        chat = ana.chat();
        CORE.core().followUps.record(ana.member(), new Interview("Acme Analytics", "Data Analyst",
                TUESDAY_AFTERNOON, Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named("Ben Ode")), Optional.of(LocalDate.of(2026, 3, 13)), ContactChannel.EMAIL,
                TUESDAY_EVENING, ""));
    }

    private Tracked tracked() {
        return CORE.core().followUps.find(ana.member(), 1).orElseThrow();
    }

    private List<InterviewEvent> events() {
        return tracked().events();
    }

    private PlannedStep pending(final StepKind kind) {
        return tracked().plan().steps().stream().filter(step -> step.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + tracked().plan().steps()));
    }

    private List<String> buttonValues() {
        return chat.last().messages().stream().flatMap(message -> message.buttons().stream()).map(Button::value)
                .toList();
    }

    /** The member's only report is a snooze of the step of {@code kind} until {@code until}. */
    private void assertSnoozed(final StepKind kind, final Instant until) {
        assertThat(events()).singleElement().isInstanceOfSatisfying(InterviewEvent.Snoozed.class, snoozed -> {
            assertThat(snoozed.kind()).isEqualTo(kind);
            assertThat(snoozed.until()).isEqualTo(until);
        });
    }

    private static Instant nineAm(final int day) {
        return LocalDate.of(2026, 3, day).atTime(9, 0).atZone(NEW_YORK).toInstant();
    }

    @Nested
    @DisplayName("snooze")
    final class Snoozing {

        @ParameterizedTest(name = "{0}: the {1} comes back on the {2}th at 09:00")
        @DisplayName("GIVEN a plan WHEN snoozed THEN the step named (or else the next one) moves to the day given (or "
                + "else tomorrow), at the nudge hour, and the member reads when")
        @CsvSource(delimiter = '|', textBlock = """
                snooze 1                      | THANK_YOU | 11 | the thank-you to Ben Ode on Wed 11 Mar, 09:00
                snooze 1 check_in next Monday | CHECK_IN  | 16 | the status check-in on Mon 16 Mar, 09:00
                snooze 1 check_in             | CHECK_IN  | 11 | the status check-in on Wed 11 Mar, 09:00
                snooze 1 next Monday          | THANK_YOU | 16 | the thank-you to Ben Ode on Mon 16 Mar, 09:00
                """)
        void toTheDayGiven(final String command, final StepKind step, final int day, final String when) {
            chat.command(command);

            assertSnoozed(step, nineAm(day));
            assertThat(chat.text()).isEqualTo("Okay, I'll remind you about " + when + ".");
        }

        @Test
        @DisplayName("GIVEN a plan WHEN a later step is snoozed THEN the next one stays where it was")
        void theNextStepStays() {
            chat.command("snooze 1 check_in next Monday");

            assertThat(pending(StepKind.THANK_YOU).at().toInstant()).isBefore(nineAm(11));
        }

        @Test
        @DisplayName("GIVEN 'next Thursday' on a Tuesday WHEN snoozing THEN the bot asks which Thursday, each "
                + "button snoozing the same step to one of them, and nothing moves yet")
        void doubtfulDayIsAsked() {
            chat.command("snooze 1 check_in next Thursday");

            assertThat(chat.text()).isEqualTo("Which Thursday do you mean: Thursday 12 March 2026 or Thursday 19 March "
                    + "2026?\n[Thu 12 Mar]\n[Thu 19 Mar]");
            assertThat(buttonValues()).containsExactly("snooze 1 check_in 2026-03-12", "snooze 1 check_in 2026-03-19");
            assertThat(events()).isEmpty();

            chat.command("snooze 1 next Thursday");
            assertThat(buttonValues()).containsExactly("snooze 1 2026-03-12", "snooze 1 2026-03-19");

            chat.click(chat.last().messages().get(0).buttons().get(1).label());
            assertThat(events()).singleElement().isInstanceOfSatisfying(InterviewEvent.Snoozed.class,
                    snoozed -> assertThat(snoozed.until()).isEqualTo(nineAm(19)));
        }

        @Test
        @DisplayName("GIVEN a day in the past or no day at all WHEN snoozing THEN the bot explains and nothing moves")
        void pastOrNoDay() {
            assertThat(chat.command("snooze 1 last Monday").plainText()).isEqualTo("\"last Monday\" would be Monday 9 March "
                    + "2026, which is in the past. Give a later day, e.g. \"Monday\", \"tomorrow\" or \"in 3 days\".");
            assertThat(chat.command("snooze 1 no").plainText())
                    .isEqualTo("Until when? For example snooze 1 tomorrow, or snooze 1 next Monday.");
            assertThat(events()).isEmpty();
        }

        @Test
        @DisplayName("GIVEN an interview with nothing planned WHEN snoozed THEN the bot says there is nothing to snooze")
        void nothingPlanned() {
            chat.command("archive 1");

            assertThat(chat.command("snooze 1").plainText()).isEqualTo("Nothing is planned for #1 Acme Analytics - "
                    + "Data Analyst, so there's nothing to snooze.");
        }
    }

    @Nested
    @DisplayName("sent")
    final class Sending {

        @Test
        @DisplayName("GIVEN a plan WHEN sent N alone THEN the next step counts as sent now, and the reply names "
                + "what comes next without repeating the day")
        void nextStepNow() {
            final String reply = chat.command("sent 1").plainText();

            assertThat(reply).isEqualTo("Nice work: thank-you to Ben Ode marked as sent. Next: LinkedIn connection to "
                    + "Ben Ode, Wed 11 Mar, 09:00.");
            assertThat(events()).singleElement().isInstanceOfSatisfying(InterviewEvent.Sent.class, sent -> {
                assertThat(sent.kind()).isEqualTo(StepKind.THANK_YOU);
                assertThat(sent.at()).isEqualTo(TUESDAY_EVENING);
            });
        }

        @Test
        @DisplayName("GIVEN a plan WHEN sent N with only a day THEN the next step counts as sent that day, and the "
                + "reply says when")
        void nextStepOnADay() {
            CORE.core().clock.set(TUESDAY_EVENING.plus(Duration.ofHours(12)));

            final String reply = chat.command("sent 1 yesterday 8pm").plainText();

            assertThat(reply).startsWith("Nice work: thank-you to Ben Ode marked as sent (Tuesday 10 March 2026 at "
                    + "20:00).");
            assertThat(events()).singleElement().isInstanceOfSatisfying(InterviewEvent.Sent.class,
                    sent -> assertThat(sent.at()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z")));
        }

        @Test
        @DisplayName("GIVEN words that are neither a step nor a day WHEN sent THEN the bot says there is no such "
                + "step and points to the plan; nothing is stored")
        void neitherStepNorDay() {
            assertThat(chat.command("sent 1 the banana").plainText()).isEqualTo("There's no pending step \"the "
                    + "banana\" for #1. Type plan 1 to see them.");
            assertThat(events()).isEmpty();
        }

        @Test
        @DisplayName("GIVEN an interview with nothing planned WHEN sent N THEN the bot says nothing is waiting")
        void nothingWaiting() {
            chat.command("archive 1");

            assertThat(chat.command("sent 1").plainText()).isEqualTo("Nothing is waiting to be sent for #1 Acme "
                    + "Analytics - Data Analyst.");
        }
    }

    @Nested
    @DisplayName("skip")
    final class Skipping {

        @Test
        @DisplayName("GIVEN a plan WHEN skip N alone THEN the next step leaves the plan and the reply names the "
                + "one after it")
        void nextStep() {
            final String reply = chat.command("skip 1").plainText();

            assertThat(reply).isEqualTo("Okay, skipped: thank-you to Ben Ode. Next: LinkedIn connection to Ben Ode, Wed 11 Mar, "
                    + "09:00.");
            assertThat(events()).singleElement().isInstanceOfSatisfying(InterviewEvent.Declined.class,
                    declined -> assertThat(declined.kind()).isEqualTo(StepKind.THANK_YOU));
            assertThat(tracked().plan().steps()).noneMatch(step -> step.kind() == StepKind.THANK_YOU);
        }

        @Test
        @DisplayName("GIVEN a plan WHEN a step is named, with words after it THEN that step is skipped")
        void namedStep() {
            chat.command("skip 1 check_in please");

            assertThat(events()).singleElement().isInstanceOfSatisfying(InterviewEvent.Declined.class,
                    declined -> assertThat(declined.kind()).isEqualTo(StepKind.CHECK_IN));
            assertThat(chat.text()).isEqualTo("Okay, skipped: status check-in. Next: thank-you to Ben Ode, now.");
        }

        @Test
        @DisplayName("GIVEN a step that is not in the plan WHEN skipped THEN the bot says so and nothing is stored")
        void unknownStep() {
            assertThat(chat.command("skip 1 banana").plainText()).isEqualTo("There's no pending step \"banana\" to "
                    + "skip for #1. Type plan 1 to see them.");
            assertThat(events()).isEmpty();
        }

        @Test
        @DisplayName("GIVEN a plan WHEN the member skips step after step THEN each skip takes the next step, the "
                + "final check-in too, until nothing more is planned")
        void skipEverything() {
            final List<String> replies = new java.util.ArrayList<>();
            for (int tries = 0; tries < 8 && !tracked().plan().steps().isEmpty(); tries++) {
                replies.add(chat.command("skip 1").plainText());
            }

            assertThat(replies).containsExactly(
                    "Okay, skipped: thank-you to Ben Ode. Next: LinkedIn connection to Ben Ode, Wed 11 Mar, 09:00.",
                    "Okay, skipped: LinkedIn connection to Ben Ode. Next: status check-in, Mon 16 Mar, 09:00.",
                    "Okay, skipped: status check-in. Next: status check-in #2 (final), Mon 23 Mar, 09:00.",
                    "Okay, skipped: status check-in #2 (final). Next: close the loop and move on, Mon 30 Mar, 09:00.",
                    "Okay, skipped: close the loop and move on. Nothing more is planned.");
            assertThat(tracked().plan().skipped()).hasSize(replies.size());
        }
    }
}
