package io.followupbot.drafts;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a finding must and must not fire: the exemptions of the checker and the edges of what it looks for. */
@DisplayName("DraftChecker, exemptions and edges")
final class DraftCheckerExemptionsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);

    /** A competing-offer note names the other company and its deadline, which may be a Saturday. */
    private static final String COMPETING = """
            Dear Ana,

            I remain very interested in the Data Engineer role at Acme Analytics, which is my first choice. \
            I have received an offer from Globex and have been asked to reply by 14 March. Would an update on \
            your timeline be possible before then?

            Kind regards,
            Maya Lindqvist
            """;

    private final DraftChecker checker = new DraftChecker();

    private List<FindingRule> rules(final String text, final CheckContext context) {
        return checker.check(text, context).stream().map(Finding::rule).toList();
    }

    private static CheckContext context(final DraftKind kind) {
        return CheckContext.forDraft(kind, SampleInterviews.full(), WEDNESDAY).withRecipient(SampleInterviews.ANA)
                .withOtherCompanies(Set.of("Globex Corporation"));
    }

    @Test
    @DisplayName("a competing-offer note may name the other company and its weekend deadline; any other draft may not")
    void competingOfferIsExempt() {
        // GIVEN Globex is another of the member's applications, and 14 March 2026 is a Saturday
        // WHEN the text is the competing-offer note THEN neither the company nor the weekend date is flagged
        assertThat(rules(COMPETING, context(DraftKind.COMPETING_OFFER)))
                .doesNotContain(FindingRule.WRONG_COMPANY, FindingRule.WEEKEND_DATE);
        // WHEN the same words are sent as a reply to an update THEN both are findings
        final List<Finding> asReply = checker.check(COMPETING, context(DraftKind.REPLY_UPDATE));
        assertThat(asReply).extracting(Finding::rule).contains(FindingRule.WRONG_COMPANY, FindingRule.WEEKEND_DATE);
        assertThat(asReply).filteredOn(finding -> finding.rule() == FindingRule.WRONG_COMPANY).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.reason()).isEqualTo("Names another company you applied to: \"Globex\".");
                    assertThat(finding.suggestion()).contains("This message is for Acme Analytics");
                });
        assertThat(asReply).filteredOn(finding -> finding.rule() == FindingRule.WEEKEND_DATE).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.reason()).startsWith("Saturday 14 March 2026 is a Saturday");
                    assertThat(finding.suggestion()).isEqualTo("Name a business day: Monday 16 March 2026.");
                });
    }

    @Test
    @DisplayName("free text about no interview: another company is flagged with a general suggestion")
    void wrongCompanyWithoutAnInterview() {
        final CheckContext free = CheckContext.freeText(WEDNESDAY).withOtherCompanies(Set.of("Globex", " "));
        assertThat(checker.check("I look forward to joining Globex.", free))
                .filteredOn(finding -> finding.rule() == FindingRule.WRONG_COMPANY).singleElement()
                .satisfies(finding -> assertThat(finding.suggestion())
                        .isEqualTo("Check that every company name is the right one."));
        assertThat(rules("I look forward to joining the team.", free)).doesNotContain(FindingRule.WRONG_COMPANY);
    }

    @DisplayName("emoji anywhere in the ranges that hold them are found")
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"1F000", "1F600", "1FAFF", "2600", "2764", "27BF", "2B00", "2B50", "2BFF"})
    void emojiRanges(final String codePoint) {
        final String text = "Thank you for your time " + Character.toString(Integer.parseInt(codePoint, 16));
        assertThat(checker.check(text, CheckContext.freeText(WEDNESDAY)))
                .filteredOn(finding -> finding.rule() == FindingRule.EMOJI).singleElement()
                .satisfies(finding -> assertThat(finding.reason()).startsWith("Contains emoji: "));
    }

    @DisplayName("the characters just outside those ranges are letters and signs, not emoji")
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"1EFFF", "1FB00", "25FF", "27C0", "2AFF", "2C00", "FE0E", "200C"})
    void notEmoji(final String codePoint) {
        final String text = "Thank you for your time " + Character.toString(Integer.parseInt(codePoint, 16));
        assertThat(rules(text, CheckContext.freeText(WEDNESDAY))).doesNotContain(FindingRule.EMOJI);
    }

    @Test
    @DisplayName("the invisible joiners of composed emoji count as emoji: variation selector 16 and zero-width joiner")
    void joiners() {
        assertThat(rules("Thanks \uFE0F", CheckContext.freeText(WEDNESDAY))).contains(FindingRule.EMOJI);
        assertThat(rules("Thanks \u200D", CheckContext.freeText(WEDNESDAY))).contains(FindingRule.EMOJI);
    }

    @Test
    @DisplayName("a text-style emoticon is emoji too")
    void emoticon() {
        assertThat(rules("Thank you :)", CheckContext.freeText(WEDNESDAY))).contains(FindingRule.EMOJI);
    }
}
