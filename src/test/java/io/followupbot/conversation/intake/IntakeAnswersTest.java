package io.followupbot.conversation.intake;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.TextLimits;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the intake makes of an answer, and of a command typed where an answer was expected. */
final class IntakeAnswersTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final ChatDriver ana = CORE.newChat();

    @BeforeEach
    void startTheNotes() {
        ana.startAsNewMember("Ana Ruiz");
        ana.expect("Which company");
    }

    private void toTheInterviewers() {
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        ana.say("today 2pm");
        ana.click("Video");
        ana.expect("Who interviewed you");
    }

    @Test
    @DisplayName("GIVEN one interviewer WHEN named THEN the member reads Noted 1 interviewer (not interviewers); a "
            + "line with no name is refused with how to write one")
    void interviewersAreCounted() {
        toTheInterviewers();

        ana.say(";");
        assertThat(ana.text()).startsWith("I couldn't find a name there. Write each person as");
        ana.say("Ben Ode, Head of Data");
        assertThat(ana.text()).startsWith("Noted 1 interviewer: Ben Ode (Head of Data).");
    }

    @Test
    @DisplayName("GIVEN the decision question WHEN the member says they didn't say THEN the check-in is planned a "
            + "week after the interview")
    void noDecisionDate() {
        toTheInterviewers();
        ana.say("Ben Ode");

        ana.say("they didn't say");

        assertThat(ana.text()).startsWith("No date given: I'll plan the check-in a week after the interview.");
    }

    @Test
    @DisplayName("GIVEN the decision question WHEN the member gives a day before the interview THEN it is refused and "
            + "asked again")
    void aDecisionBeforeTheInterview() {
        toTheInterviewers();
        ana.say("Ben Ode");

        ana.say("last Monday");

        assertThat(ana.text()).isEqualTo("\"last Monday\" would be Monday 9 March 2026, before the interview on Tuesday 10 "
                + "March 2026. Give the day they said you would hear back, e.g. \"Friday\", \"end of next week\" or \"in two "
                + "weeks\".");
        ana.say("by Friday");
        assertThat(ana.text()).startsWith("Decision expected by Friday 13 March 2026.");
    }

    @Test
    @DisplayName("GIVEN the past result question WHEN the member writes exactly the longest result THEN it is taken; "
            + "one character more is refused with both lengths")
    void theLongestPastResult() {
        toTheInterviewers();
        ana.say("Ben Ode");
        ana.say("by Friday");
        ana.say("their dbt move");
        ana.expect("something you've done before");

        ana.say("r".repeat(TextLimits.RESULT + 1));
        assertThat(ana.text()).contains("up to 400 characters (yours has 401). Could you shorten it? Or skip.");
        ana.say("r".repeat(TextLimits.RESULT));
        assertThat(ana.text()).doesNotContain("up to 400 characters");
    }

    @Test
    @DisplayName("GIVEN the time question WHEN the answer is no time THEN the member is told how to write one")
    void anUnreadableTime() {
        ana.say("Acme Analytics");
        ana.say("Data Analyst");

        ana.say("banana");

        assertThat(ana.text()).startsWith("I couldn't read \"banana\" as the interview's day and time. Write it like");
    }

    @ParameterizedTest(name = "\"{0}\" is shown and the question stays")
    @CsvSource(textBlock = """
            list
            pipeline
            show 1
            plan #2
            help
            draft 12
            """)
    @DisplayName("GIVEN a question WHEN the member types a command that only shows something THEN it is shown and "
            + "not saved as the answer")
    void showingCommandsAnswerInTheMiddle(final String typed) {
        ana.say(typed);

        assertThat(ana.text()).doesNotContain("Let's finish these notes first");
        ana.say("Acme Analytics");
        assertThat(ana.text()).isEqualTo("What's the role?");
    }

    @ParameterizedTest(name = "\"{0}\" waits for the end")
    @CsvSource(textBlock = """
            settings
            export
            confirm
            save
            """)
    @DisplayName("GIVEN a question WHEN the member types a command that changes something, or a summary word THEN "
            + "it waits until the notes are done, and is not saved as the answer")
    void otherCommandsWait(final String typed) {
        ana.say(typed);

        assertThat(ana.text()).contains("Let's finish these notes first (or type cancel), then type " + typed
                + " again.");
        ana.say("Acme Analytics");
        assertThat(ana.text()).isEqualTo("What's the role?");
    }

    @ParameterizedTest(name = "\"{0}\" is the company {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "help"|help
            \u201clist\u201d|list
            show 1 2|show 1 2
            list of clients|list of clients
            show a|show a
            plan 1234567|plan 1234567
            """)
    @DisplayName("GIVEN the company question WHEN the answer is quoted, or more than a command THEN it is taken as "
            + "the company")
    void quotedAnswersAreAnswers(final String typed, final String company) {
        ana.say(typed);

        assertThat(ana.text()).isEqualTo("What's the role?");
        final String memberId = CORE.core().app.members().find(ana.key()).orElseThrow().id();
        assertThat(CORE.core().app.conversations().saved(memberId).orElseThrow()).contains("\"" + company + "\"");
    }

    @ParameterizedTest(name = "[{0}] is no answer")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ""
            " "
            \u201c\u201d
            ''
            """)
    @DisplayName("GIVEN the company question WHEN the answer is empty, or quotes with nothing in them THEN the bot "
            + "says it caught no answer and asks again")
    void blankAnswersAreNoAnswers(final String typed) {
        ana.say(typed);

        assertThat(ana.text()).isEqualTo("I didn't catch an answer. Which company was the interview with?");
    }

    @Test
    @DisplayName("GIVEN a past result and something to add WHEN the summary is shown THEN both are on it as typed")
    void resultAndAdditionOnTheSummary() {
        toTheInterviewers();
        ana.say("Ben Ode");
        ana.say("they didn't say");
        ana.say("skip");

        ana.say("I cut our monthly close from ten days to four");
        ana.say("I should have mentioned my dbt tests");
        ana.click("Email");

        assertThat(ana.text().lines()).contains("Past result: I cut our monthly close from ten days to four",
                "To add: I should have mentioned my dbt tests");
    }
}
