package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question about one application (what did they reply, which date, the other offer's deadline) answered after that
 * application was merged into another: the answer says it no longer exists, and changes nothing.
 */
final class AnswersAfterAMergeTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    /** Ana with #1 and #2, both Acme Analytics - Data Analyst, interviewed three days ago and the day before. */
    private static ChatDriver anaWithTwoApplications() {
        final ChatDriver chat = CORE.newChat();
        final Member ana = CORE.arriveWithInterview(chat.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));
        CORE.core().followUps.record(ana, new Interview("Acme Analytics", "Data Analyst",
                TUESDAY_EVENING.minus(Duration.ofDays(4)), Interview.DEFAULT_LENGTH, InterviewFormat.PHONE,
                List.of(Interviewer.named("Rita Gomez")), Optional.empty(), ContactChannel.EMAIL, TUESDAY_EVENING, ""));
        return chat;
    }

    @ParameterizedTest(name = "{0}, merged, then {1}")
    @CsvSource(delimiter = '|', textBlock = """
            heard 2 | rejected
            heard 2 new-date | Friday
            competing 2 | next Friday
            """)
    @DisplayName("GIVEN a question about #2 WHEN #2 is merged into #1 before the answer THEN the answer says #2 is "
            + "gone, and #1 is unchanged")
    void theAnswerFindsTheApplicationGone(final String question, final String answer) {
        final ChatDriver chat = anaWithTwoApplications();
        chat.say(question);
        chat.say("merge 2 into 1");
        chat.expect("Merged #2 into #1");
        final int events = CORE.core().count("SELECT COUNT(*) FROM events");

        chat.say(answer);

        assertThat(chat.text()).isEqualTo("You have no interview #2.");
        assertThat(CORE.core().count("SELECT COUNT(*) FROM events")).isEqualTo(events);
    }

    @Test
    @DisplayName("GIVEN an application with no interview yet WHEN the member merges it into another THEN the reply "
            + "says it has no round to merge, and how to add its first interview")
    void anApplicationWithoutInterviewIsNotMerged() {
        final ChatDriver chat = CORE.newChat();
        CORE.arriveWithInterview(chat.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));
        chat.say("applied Acme Analytics, Data Analyst yesterday");

        chat.say("merge 2 into 1");

        assertThat(chat.text()).isEqualTo("#2 is an application with no interview yet, so it has no round to merge. "
                + "When they invite you, type round 2 to add its first interview.");
    }

    @Test
    @DisplayName("GIVEN another offer WHEN its deadline is nonsense, then 'next Friday' THEN the bot says what it "
            + "needs, then asks which Friday with a button for each")
    void theOtherOffersDeadlineIsAskedAgain() {
        final ChatDriver chat = anaWithTwoApplications();
        chat.say("competing 1 pigs fly");
        assertThat(chat.text()).isEqualTo("I couldn't read \"pigs fly\" as a date. Write it like \"Friday\", \"next Monday\", \"end of next week\", "
                + "\"in two weeks\", \"early next month\", \"3/14\", \"14 March\" or \"2026-03-14\" - or say \"they didn't "
                + "say\".");
        chat.say("competing 1 next Friday");
        assertThat(chat.text()).isEqualTo("Which Friday do you mean: Friday 13 March 2026 or Friday 20 March 2026?\n"
                + "[Fri 13 Mar]\n[Fri 20 Mar]");
        assertThat(chat.last().messages().get(0).buttons()).extracting(Button::value)
                .containsExactly("competing 1 2026-03-13", "competing 1 2026-03-20");
    }
}
