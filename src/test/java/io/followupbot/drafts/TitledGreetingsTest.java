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
import org.junit.jupiter.params.provider.CsvSource;

/** Drafts greet people as they were given: a title takes the surname, and a greeting of a bare title is flagged. */
final class TitledGreetingsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    private final DraftRenderer renderer = DraftRenderer.builtIn();
    private final DraftChecker checker = new DraftChecker();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dr. Maya Chen|Dear Dr. Chen,
            Ms. Priya Nair|Dear Ms. Nair,
            Prof. Alan Turing|Dear Prof. Turing,
            Mr Tom Baker|Dear Mr Baker,
            Dr. Maya Chen Jr.|Dear Dr. Chen,
            Dr Chen|Dear Dr Chen,
            Maya Chen|Dear Maya,
            Drew Barrymore|Dear Drew,
            """)
    @DisplayName("GIVEN an interviewer's name as the member typed it WHEN their thank-you is drafted THEN the greeting "
            + "takes the title with the surname, or the first name without a title, and the checker finds nothing "
            + "wrong with it")
    void thankYouGreetsAsGiven(final String name, final String greeting) {
        final Interviewer person = new Interviewer(name, "Head of Data", "", "the plan to move billing to streams");
        final Interview interview = interviewWith(person);

        final Draft draft = renderer.render(DraftKind.THANK_YOU_FULL,
                DraftContext.of(interview, SampleInterviews.member()).to(person));

        assertThat(draft.body().lines().findFirst()).contains(greeting);
        assertThat(checker.check(draft.body(), CheckContext.forDraft(DraftKind.THANK_YOU_FULL, interview, MONDAY)
                .withRecipient(person))).extracting(Finding::rule)
                .doesNotContain(FindingRule.BARE_TITLE, FindingRule.WRONG_NAME);
    }

    @Test
    @DisplayName("GIVEN two titled interviewers WHEN a check-in to both is drafted THEN it greets both by title and "
            + "surname")
    void checkInGreetsBothByTitle() {
        final Interview interview = interviewWith(Interviewer.named("Dr. Maya Chen"), Interviewer.named("Mr Tom Baker"));

        final Draft draft = renderer.render(DraftKind.CHECK_IN, DraftContext.of(interview, SampleInterviews.member()));

        assertThat(draft.body().lines().findFirst()).contains("Dear Dr. Chen and Mr Baker,");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Dear Dr.,
            Dear Ms,
            Dear Prof.,
            Hello Mr,
            """)
    @DisplayName("GIVEN a draft whose greeting is a title without a name WHEN checked THEN the checker says so and "
            + "suggests adding the surname")
    void bareTitleIsFlagged(final String greeting) {
        final Interviewer person = Interviewer.named("Dr. Maya Chen");
        final String text = greeting + "\n\nThank you for our conversation about Acme Analytics and its data team. "
                + "I enjoyed hearing about the plan to move billing to streams.\n\nKind regards,\nMaya Lindqvist";

        final List<Finding> findings = checker.check(text, CheckContext.forDraft(DraftKind.THANK_YOU_SHORT,
                interviewWith(person), MONDAY).withRecipient(person));

        assertThat(findings).filteredOn(finding -> finding.rule() == FindingRule.BARE_TITLE).singleElement()
                .satisfies(finding -> {
                    final String title = greeting.substring(greeting.indexOf(' ') + 1, greeting.length() - 1);
                    assertThat(finding.reason()).isEqualTo("The greeting is a title without a name: \"" + title
                            + "\".");
                    assertThat(finding.suggestion()).startsWith("Add the surname, e.g. \"Dear " + title + " Chen,\"");
                });
    }

    private static Interview interviewWith(final Interviewer... people) {
        return new Interview("Acme Analytics", "Data Engineer", SampleInterviews.INTERVIEW_START.toInstant(),
                Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(people), Optional.empty(), ContactChannel.EMAIL,
                SampleInterviews.INTERVIEW_START.toInstant(), "");
    }
}
