package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DraftChecker: what each finding tells the member")
final class DraftCheckerRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    private final DraftChecker checker = new DraftChecker();

    private Optional<Finding> finding(final String text, final CheckContext context, final FindingRule rule) {
        return checker.check(text, context).stream().filter(finding -> finding.rule() == rule).findFirst();
    }

    /** The wrong-name finding of a check-in that greets {@code name} and asks for news. */
    private Optional<Finding> wrongNameGreeting(final String name, final CheckContext checkIn) {
        return finding("Dear " + name + ",\n\nAny news?\n\nKind regards,\nMaya", checkIn, FindingRule.WRONG_NAME);
    }

    private static CheckContext thankYouTo(final Interviewer recipient) {
        return CheckContext.forDraft(DraftKind.THANK_YOU_SHORT, SampleInterviews.full(), MONDAY).withRecipient(recipient);
    }

    @Test
    @DisplayName("a draft far over its length names its kind and bounds; a LinkedIn note over 299 characters must be cut below 300")
    void tooLong() {
        final String rambling = "Dear Ana,\n\n" + "I enjoyed our talk about pipelines and data quality. ".repeat(30)
                + "\n\nKind regards,\nMaya Lindqvist";
        final Finding thankYou = finding(rambling, thankYouTo(SampleInterviews.ANA), FindingRule.TOO_LONG).orElseThrow();
        assertThat(thankYou.reason()).contains("a thank you short runs 50-150 words");
        assertThat(thankYou.suggestion()).isEqualTo("Cut it to the essentials; a busy reader skims.");
        final Finding note = finding("Hi Ana, " + "great to meet you. ".repeat(20),
                CheckContext.forDraft(DraftKind.LINKEDIN_NOTE, SampleInterviews.full(), MONDAY), FindingRule.TOO_LONG)
                .orElseThrow();
        assertThat(note.suggestion()).isEqualTo("Cut it below 300 characters, or it will not fit.");
    }

    @Test
    @DisplayName("a stock thank-you is pointed to the detail the member noted, or asked for one when none was noted")
    void noDetailSuggestion() {
        final String stock = "Dear Ana,\n\nThank you for meeting me. I enjoyed our conversation and look forward to "
                + "hearing from you.\n\nKind regards,\nMaya Lindqvist";
        assertThat(finding(stock, thankYouTo(SampleInterviews.ANA), FindingRule.NO_SPECIFIC_DETAIL).orElseThrow()
                .suggestion()).isEqualTo("You noted \"" + SampleInterviews.ANA.detail() + "\": mention it in your own words.");
        assertThat(finding(stock, thankYouTo(Interviewer.named("Ana Ruiz")), FindingRule.NO_SPECIFIC_DETAIL).orElseThrow()
                .suggestion()).startsWith("Mention one thing you discussed");
    }

    @Test
    @DisplayName("greeting the company itself is not greeting a stranger")
    void greetingTheCompany() {
        final CheckContext checkIn = CheckContext.forDraft(DraftKind.CHECK_IN, SampleInterviews.full(), MONDAY);
        assertThat(wrongNameGreeting("Acme Analytics", checkIn)).isEmpty();
        assertThat(wrongNameGreeting("Carla", checkIn)).isPresent();
    }

    @Test
    @DisplayName("with no company recorded, a greeting to someone not on the panel is still flagged")
    void noCompanyStillFlagsAStranger() {
        final Interview full = SampleInterviews.full();
        final Interview noCompany = new Interview("", full.role(), full.startsAt(), full.length(), full.format(),
                full.interviewers(), full.decisionDate(), full.channel(), full.recordedAt(), "", "");
        final CheckContext checkIn = CheckContext.forDraft(DraftKind.CHECK_IN, noCompany, MONDAY);
        assertThat(wrongNameGreeting("Carla", checkIn)).isPresent();
        assertThat(wrongNameGreeting("Ben", checkIn)).isEmpty();
    }

    @Test
    @DisplayName("a sentence of 45 words is long but allowed; 46 words is over-explaining")
    void longestSentence() {
        final CheckContext free = CheckContext.freeText(MONDAY);
        assertThat(finding("Data " + "data ".repeat(44).strip() + ".", free, FindingRule.OVER_EXPLAINING)).isEmpty();
        assertThat(finding("Data " + "data ".repeat(45).strip() + ".", free, FindingRule.OVER_EXPLAINING).orElseThrow()
                .reason()).isEqualTo("One sentence runs to 46 words.");
    }

    @Test
    @DisplayName("an email that ends on its closing has no signature; a voicemail script or a LinkedIn note needs none")
    void signature() {
        final String unsigned = "Dear Ana,\n\nThank you for the tour of the streaming billing pipeline.\n\nKind regards,";
        assertThat(finding(unsigned, thankYouTo(SampleInterviews.ANA), FindingRule.NO_SIGNATURE).orElseThrow().reason())
                .isEqualTo("It ends with \"Kind regards,\" and no name.");
        for (final DraftKind kind : List.of(DraftKind.VOICEMAIL, DraftKind.LINKEDIN_NOTE)) {
            assertThat(finding(unsigned, CheckContext.forDraft(kind, SampleInterviews.full(), MONDAY),
                    FindingRule.NO_SIGNATURE)).as(kind.key()).isEmpty();
        }
    }

    @Test
    @DisplayName("a clumsy join is quoted back to the member")
    void ungrammaticalIsQuoted() {
        assertThat(finding("Dear Ana,\n\nI enjoyed our talk about she described the pipeline.\n\nKind regards,\nMaya",
                CheckContext.freeText(MONDAY), FindingRule.UNGRAMMATICAL).orElseThrow().reason())
                .startsWith("This does not read as a sentence: \"about she described");
    }

    @ParameterizedTest(name = "\"{1}\" written on {0}: wrong weekday {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-28 | Monday 4 January      | false
            2026-12-28 | Sunday 4 January      | true
            2027-12-01 | Tuesday 29 February   | false
            2027-12-01 | Monday 29 February    | true
            2028-07-02 | Saturday 1 January    | false
            2028-07-02 | Monday 1 January      | true
            """)
    @DisplayName("a date without a year is the nearest one to the day of writing (the earlier on a tie), leap days included")
    void datesWithoutAYear(final LocalDate written, final String date, final boolean wrong) {
        final String text = "Dear Ana,\n\nI will be free on " + date + " if that suits.\n\nKind regards,\nMaya Lindqvist";
        assertThat(finding(text, CheckContext.freeText(written), FindingRule.WRONG_WEEKDAY).isPresent()).isEqualTo(wrong);
    }
}
