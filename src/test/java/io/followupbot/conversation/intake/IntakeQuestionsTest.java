package io.followupbot.conversation.intake;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The intake's questions as a member meets them: back, skip, cancel, the edit words at the summary and the
 * questions an interview still to come leaves for later. Written against the flow before it became data, so
 * that every question keeps its words, its order and what each of those answers does.
 */
final class IntakeQuestionsTest {

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(TUESDAY_EVENING);

    private final ChatDriver ana = CORE.chat("ana");

    @BeforeEach
    void start() {
        ana.startAsNewMember("Ana Ruiz");
        ana.expect("Which company");
    }

    private void toTheSummary(final String interviewers) {
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        ana.say("today 2pm");
        ana.click("Video");
        ana.say(interviewers);
        ana.say("by Friday");
        if (!interviewers.equals("skip")) {
            ana.say("their move to dbt");
        }
        ana.say("skip");
        ana.say("skip");
        ana.click("Email");
        ana.expect("Save it?");
    }

    @ParameterizedTest(name = "edit {0} asks: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            company|Which company was the interview with?
            role|What's the role?
            when|When was the interview, or when is it?
            date|When was the interview
            time|When was the interview
            format|Was it by phone, video or on-site?
            interviewers|Who interviewed you?
            people|Who interviewed you?
            decision|Did they say when you'd hear back?
            details|conversation with Ben Ode
            detail|conversation with Ben Ode
            result|something you've done before
            addition|add or clarify
            add|add or clarify
            contact|How do they prefer to be contacted?
            channel|How do they prefer to be contacted?
            """)
    @DisplayName("GIVEN the summary WHEN the member types edit and a part's word THEN that question is asked, and its "
            + "answer leads straight back to the summary")
    void editWords(final String word, final String asked) {
        toTheSummary("Ben Ode");
        ana.say("edit " + word);
        ana.expect(asked);
        if (!word.equals("interviewers") && !word.equals("people")) {
            ana.say(word.equals("format") ? "phone" : word.matches("when|date|time") ? "today 3pm"
                    : word.equals("decision") ? "by Monday" : word.matches("contact|channel") ? "linkedin" : "Acme");
            ana.expect("Save it?");
        }
    }

    @Test
    @DisplayName("GIVEN the summary WHEN the member types edit with an unknown part, or anything else THEN the bot lists "
            + "the parts it can edit")
    void editWordsAreListed() {
        toTheSummary("Ben Ode");
        ana.say("edit salary");
        ana.expect("Which part? Type edit and one of: company, role, when, format, interviewers, decision, details, "
                + "result, addition, contact.");
        ana.say("hmm");
        ana.expect("Type confirm to save, edit <part> to change something (company, role, when, format, interviewers, "
                + "decision, details, result, addition, contact), or cancel.");
        ana.say("yes");
        ana.expect("Saved as #1");
    }

    @Test
    @DisplayName("the summary's buttons: confirm, the three parts most often changed, cancel")
    void summaryButtons() {
        toTheSummary("Ben Ode");
        assertThat(ana.last().messages().get(0).buttons()).containsExactly(Button.primary("Confirm", "confirm"),
                Button.of("Edit when", "edit when"), Button.of("Edit interviewers", "edit interviewers"),
                Button.of("Edit decision date", "edit decision"), Button.of("Cancel", "cancel"));
    }

    @Test
    @DisplayName("each of the summary's buttons says what it does as an IntakeAction, whatever its label reads")
    void summaryButtonsAreTyped() {
        toTheSummary("Ben Ode");
        assertThat(ana.last().messages().get(0).buttons()).extracting(IntakeAction::of).containsExactly(
                Optional.of(IntakeAction.CONFIRM), Optional.of(IntakeAction.EDIT), Optional.of(IntakeAction.EDIT),
                Optional.of(IntakeAction.EDIT), Optional.of(IntakeAction.CANCEL));
        assertThat(IntakeAction.of(Button.of("Ben Ode", "Ben Ode"))).isEmpty();
        // AND the button a member taps is the action, not the label: pressing CONFIRM's saves
        ana.press(IntakeAction.CONFIRM.word());
        ana.expect("Saved as #1");
    }

    @Test
    @DisplayName("GIVEN new interviewers typed at the summary THEN the bot asks what stood out with each of them, "
            + "then shows the summary again; the questions answered already are not asked again")
    void editInterviewersGoesOn() {
        toTheSummary("Ben Ode");
        ana.say("edit interviewers");
        ana.say("I met Cleo Park and Dana Fry");
        ana.expect("Noted 2 interviewers: Cleo Park; Dana Fry.");
        ana.expect("What stood out in your conversation with Cleo Park?");
        ana.say("the churn model");
        ana.expect("What stood out in your conversation with Dana Fry?");
        ana.say("skip");
        ana.expect("Save it?");
        assertThat(ana.text()).doesNotContain("Did they say when you'd hear back?").contains("Cleo Park: the churn "
                + "model");
    }

    @Test
    @DisplayName("GIVEN no interviewers WHEN the member asks to edit the details THEN the bot says to add interviewers")
    void detailsNeedInterviewers() {
        toTheSummary("skip");
        ana.say("edit details");
        ana.expect("There are no interviewers to add details for; type edit interviewers first.");
        ana.say("edit interviewers");
        ana.say("skip");
        ana.expect("Save it?");
    }

    @Test
    @DisplayName("back goes to the question before, through each interviewer's detail, and passes over the details "
            + "when there is nobody; the first question says so")
    void back() {
        ana.say("back");
        ana.expect("This is the first question.");
        ana.say("Acme Analytics");
        ana.say("back");
        ana.expect("Which company was the interview with?");
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        ana.say("today 2pm");
        ana.click("Video");
        ana.say("Ben Ode; Cleo Park");
        ana.say("by Friday");
        ana.say("their move to dbt");
        ana.say("hiring for curiosity");
        ana.expect("something you've done before");
        ana.say("back");
        ana.expect("conversation with Cleo Park");
        ana.say("back");
        ana.expect("conversation with Ben Ode");
        ana.say("back");
        ana.expect("Did they say when you'd hear back?");
        ana.say("back");
        ana.say("skip");
        ana.expect("Did they say when you'd hear back?");
        ana.say("skip");
        ana.expect("something you've done before");
        ana.say("back");
        ana.expect("Did they say when you'd hear back?");
    }

    @Test
    @DisplayName("skip is refused at the questions the plan needs, and leaves the defaults at the optional ones")
    void skip() {
        ana.say("skip");
        ana.expect("I need this one to plan your follow-ups. Which company was the interview with? (or cancel to stop)");
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        ana.say("skip");
        ana.expect("I need this one");
        ana.say("today 2pm");
        ana.say("skip");
        ana.expect("I need this one");
        ana.say("phone");
        for (int question = 0; question < 5; question++) {
            ana.say("skip");
        }
        ana.expect("Save it?");
        ana.expect("Contact by: email");
        ana.say("cancel");
        ana.expect("Okay, I dropped those notes; nothing was saved.");
    }

    @Test
    @DisplayName("GIVEN an interview still to come THEN the questions only the interview can answer wait until after")
    void upcomingInterview() {
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        ana.say("tomorrow 10am");
        ana.expect("Will it be by phone, video or on-site?");
        ana.click("Video");
        ana.expect("Who will interview you, if you know yet?");
        ana.say("Ben Ode");
        ana.expect("How do they prefer to be contacted?");
        ana.say("back");
        ana.expect("add or clarify");
    }

    @Test
    @DisplayName("a bad answer keeps the question with a hint; a quoted answer is taken whatever it says")
    void badAndQuotedAnswers() {
        ana.say("\"help\"");
        ana.expect("What's the role?");
        ana.say("Data Analyst");
        ana.say("whenever");
        ana.expect("doesn't name a day yet");
        ana.say("today 2pm");
        ana.say("by carrier pigeon");
        ana.expect("Was it by phone, video or on-site?");
        ana.say("video");
        ana.say(", ,");
        ana.expect("I couldn't find a name there.");
        ana.say("Ben Ode");
        ana.say("skip");
        ana.say("skip");
        ana.say("I cut the close from ten days to four. ".repeat(12));
        ana.expect("up to 400 characters");
        ana.say("skip");
        ana.say("skip");
        ana.say("by pigeon");
        ana.expect("Email, phone or LinkedIn?");
        ana.say("linkedin");
        ana.expect("Save it?");
        ana.expect("Company: help");
        ana.expect("Contact by: LinkedIn");
    }
}
