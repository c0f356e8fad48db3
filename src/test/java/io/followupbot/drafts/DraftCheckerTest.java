package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DraftChecker, rule by rule")
final class DraftCheckerTest {

    private static final String CHECK_IN = """
            Dear Ana and Ben,

            I am writing to follow up on my video interview for the Data Engineer position at Acme Analytics on \
            Tuesday 10 March. My interest in the role is as strong as ever. Could you share whether there is any \
            news on the decision, or a rough idea of the timeline?

            Kind regards,
            Maya Lindqvist
            """;

    private final DraftChecker checker = new DraftChecker();

    private static CheckContext checkIn(final LocalDate sendDate) {
        return CheckContext.forDraft(DraftKind.CHECK_IN, SampleInterviews.full(), sendDate);
    }

    private List<FindingRule> rules(final String text, final CheckContext context) {
        return checker.check(text, context).stream().map(Finding::rule).toList();
    }

    @Test
    @DisplayName("a check-in on the stated decision date is too early; the day after is fine")
    void aCheckInOnTheDecisionDateIsTooEarly() {
        // GIVEN the employer said "by Friday 13 March"
        // WHEN the check-in would go out on that Friday, or on the Saturday after
        // THEN only the Friday is flagged, with the first good day in the suggestion
        final List<Finding> onTheDay = checker.check(CHECK_IN, checkIn(SampleInterviews.DECISION_DATE));
        assertThat(onTheDay).extracting(Finding::rule).containsExactly(FindingRule.CHECK_IN_TOO_EARLY);
        assertThat(onTheDay.get(0).suggestion()).contains("Saturday 14 March");
        assertThat(rules(CHECK_IN, checkIn(SampleInterviews.DECISION_DATE.plusDays(1)))).isEmpty();
    }

    @Test
    @DisplayName("a check-in exactly seven days after the last one is fine; six days is too soon")
    void sevenDaysAfterTheLastCheckInIsFine() {
        final LocalDate last = LocalDate.of(2026, 3, 16);
        assertThat(rules(CHECK_IN, checkIn(last.plusDays(7)).withLastCheckIn(last))).isEmpty();
        assertThat(rules(CHECK_IN, checkIn(last.plusDays(6)).withLastCheckIn(last)))
                .containsExactly(FindingRule.CHECK_IN_TOO_SOON);
    }

    @Test
    @DisplayName("timing is only checked when the context says the text is a check-in")
    void timingIsOnlyCheckedForCheckIns() {
        // GIVEN the same early date, but the text is a reply to an update or free text
        final CheckContext reply = CheckContext.forDraft(DraftKind.REPLY_UPDATE, SampleInterviews.full(),
                SampleInterviews.DECISION_DATE.minusDays(2)).withLastCheckIn(SampleInterviews.DECISION_DATE);
        final CheckContext free = CheckContext.freeText(SampleInterviews.DECISION_DATE.minusDays(2))
                .withInterview(SampleInterviews.full()).withLastCheckIn(SampleInterviews.DECISION_DATE);
        // WHEN checked THEN no timing rule fires
        assertThat(rules(CHECK_IN, reply)).doesNotContain(FindingRule.CHECK_IN_TOO_EARLY, FindingRule.CHECK_IN_TOO_SOON);
        assertThat(rules(CHECK_IN, free)).isEmpty();
    }

    @Test
    @DisplayName("a LinkedIn note of exactly 300 characters is too long, 299 is not")
    void aLinkedInNoteOf300CharactersIsTooLong() {
        // GIVEN a note padded to 299 and to 300 characters
        final String note = "Hi Ana, thank you for our conversation about the Data Engineer role at Acme Analytics. "
                + "I would be glad to stay in touch here. Best wishes, Maya";
        final CheckContext context = CheckContext.forDraft(DraftKind.LINKEDIN_NOTE, SampleInterviews.full(),
                LocalDate.of(2026, 3, 16)).withRecipient(SampleInterviews.ANA);
        // WHEN checked THEN only the one that LinkedIn would refuse is flagged
        assertThat(pad(note, 299)).hasSize(299);
        assertThat(rules(pad(note, 299), context)).doesNotContain(FindingRule.TOO_LONG);
        assertThat(rules(pad(note, 300), context)).contains(FindingRule.TOO_LONG);
    }

    private static String pad(final String text, final int length) {
        final StringBuilder padded = new StringBuilder(text);
        final String filler = " Looking forward to it.";
        while (padded.length() < length) {
            padded.append(filler, 0, Math.min(filler.length(), length - padded.length()));
        }
        return padded.toString();
    }

    @Test
    @DisplayName("greetings by surname, with an honorific, or to the team are not wrong names")
    void greetingsBySurnameOrToTheTeamAreFine() {
        final CheckContext context = CheckContext.freeText(LocalDate.of(2026, 3, 16)).withInterview(SampleInterviews.full());
        for (final String greeting : List.of("Dear Ms. Ruiz,", "Dear Ana Ruiz,", "Dear Mr Okafor,", "Dear Ana, Ben,",
                "Dear Ana & Ben,", "Dear hiring team,", "Dear Acme Analytics team,", "Hello Ana, this is Maya.")) {
            assertThat(rules(greeting + "\n\nThank you for the update.", context)).as(greeting).isEmpty();
        }
        assertThat(rules("Dear Anna,\n\nThank you.", context)).containsExactly(FindingRule.WRONG_NAME);
    }

    @Test
    @DisplayName("a thank-you to Ben must greet Ben, not another interviewer")
    void aThankYouToBenMustGreetBen() {
        final CheckContext toBen = CheckContext.forDraft(DraftKind.THANK_YOU_SHORT, SampleInterviews.full(),
                LocalDate.of(2026, 3, 11)).withRecipient(SampleInterviews.BEN);
        final String text = """
                Dear Ana,

                Thank you for meeting me about the Data Engineer position at Acme Analytics. I enjoyed hearing how \
                the team checks data quality before every release, and I would be glad to help build on it. Please \
                let me know if anything else would help.

                Kind regards,
                Maya Lindqvist
                """;
        assertThat(rules(text, toBen)).containsExactly(FindingRule.WRONG_NAME);
        assertThat(rules(text.replace("Dear Ana,", "Dear Ben,"), toBen)).isEmpty();
    }

    @Test
    @DisplayName("the company may be named by its distinctive first word; a legal form is ignored")
    void theCompanyMayBeNamedByItsFirstWord() {
        assertThat(Companies.mentioned("I enjoyed my visit to Acme.", "Acme Analytics Ltd")).isTrue();
        assertThat(Companies.mentioned("I enjoyed my visit.", "Acme Analytics Ltd")).isFalse();
        assertThat(Companies.mentioned("I enjoyed the data team.", "Data Corp International")).isFalse();
        assertThat(Companies.core("Globex Corporation")).isEqualTo("Globex");
    }

    @Test
    @DisplayName("another company is not 'wrong' when it is part of this company's own name")
    void anotherCompanyInsideOurNameIsFine() {
        final CheckContext context = CheckContext.forDraft(DraftKind.THANK_YOU_SHORT, SampleInterviews.full(),
                LocalDate.of(2026, 3, 11)).withRecipient(SampleInterviews.ANA).withOtherCompanies(Set.of("Acme"));
        final String text = """
                Dear Ana,

                Thank you for meeting me about the Data Engineer position at Acme Analytics. Our exchange about \
                the plan to move the nightly billing jobs onto a streaming pipeline stayed with me. I would be glad \
                to send anything else that helps.

                Kind regards,
                Maya Lindqvist
                """;
        assertThat(rules(text, context)).isEmpty();
    }

    @Test
    @DisplayName("a specific thank-you without a noted detail passes; a stock one does not")
    void specificityWithoutANotedDetail() {
        final CheckContext sparse = CheckContext.forDraft(DraftKind.THANK_YOU_SHORT, SampleInterviews.sparse(),
                LocalDate.of(2026, 3, 11));
        final String specific = "Dear Ana,\n\nThank you for meeting me about the Data Engineer role at Acme Analytics. "
                + "I enjoyed hearing how your team moved billing onto Kafka last spring, and I would be glad to "
                + "send anything else that helps with your decision.\n\nKind regards,\nMaya";
        final String stock = "Dear Ana,\n\nThank you for meeting me about the Data Engineer role at Acme Analytics. "
                + "I enjoyed learning more about the team and the exciting work you do, and I would be glad to "
                + "send anything else that helps with your decision.\n\nKind regards,\nMaya";
        assertThat(rules(specific, sparse)).isEmpty();
        assertThat(rules(stock, sparse)).containsExactly(FindingRule.NO_SPECIFIC_DETAIL);
    }

    @DisplayName("free text is checked rule by rule, and what only looks like a breach is none")
    @ParameterizedTest(name = "{2}: \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "none", textBlock = """
            Dear Ana, thank you.                                                | none             | free text of unknown kind gets no length verdict
            I could start as soon as possible.                                  | none             | 'as soon as possible' about the member's own start is not pushy
            Please let me know your decision as soon as possible.               | PUSHY            | 'as soon as possible' about their answer is pushy
            The U.S. team, i.e. the New York office, thanked them.              | none             | informal shorthand is words only: not in U.S. or i.e.
            Thank u for the call, i think it went well.                         | INFORMAL         | informal shorthand is words only: 'u' and 'i' alone
            They said the team was happy.                                       | none             | informal shorthand is words only: not inside other words
            Maya Lindqvist <maya@example.com>, see <https://example.com/work>.  | none             | an email address or a link in angle brackets is not a placeholder
            Dear <name>, see you in XX days. TODO                               | PLACEHOLDER      | a name in angle brackets, XX or TODO is a placeholder
            Thank you for the update!                                           | none             | one exclamation mark is fine
            Thank you! See you soon!                                            | EXCLAMATIONS     | two exclamation marks are not
            My previous company taught me a lot about billing.                  | none             | a former employer mentioned neutrally is not criticism
            My previous company was a nightmare to work for.                    | CRITICISM        | a former employer run down is criticism
            The whole team there was toxic.                                     | CRITICISM        | a former team run down is criticism
            Sorry to bother you. Sorry again for writing.                       | OVER_EXPLAINING  | apologising twice is over-explaining
            Sorry to bother you with this.                                      | none             | apologising once is not
            """)
    void freeTextRuleByRule(final String text, final FindingRule found, final String why) {
        // GIVEN free text written on Monday 16 March, of no known kind
        // WHEN checked
        // THEN the one rule it breaks is found, or none
        assertThat(rules(text, CheckContext.freeText(LocalDate.of(2026, 3, 16)))).as(why)
                .isEqualTo(found == null ? List.of() : List.of(found));
    }

    @Test
    @DisplayName("findings come one per rule, in rule order, each with a reason and a suggestion")
    void findingsComeOnePerRuleInOrder() {
        final List<Finding> findings = checker.check("Hey, thx!! recieve untill 🙂 lol!", CheckContext.freeText(
                LocalDate.of(2026, 3, 16)));
        assertThat(findings).extracting(Finding::rule).containsExactly(FindingRule.INFORMAL, FindingRule.EMOJI,
                FindingRule.EXCLAMATIONS, FindingRule.TYPO);
        assertThat(findings.get(0).reason()).contains("\"Hey\"", "\"thx\"", "\"lol\"");
        assertThat(findings.get(3).suggestion()).contains("\"recieve\" -> \"receive\"", "\"untill\" -> \"until\"");
    }
}
