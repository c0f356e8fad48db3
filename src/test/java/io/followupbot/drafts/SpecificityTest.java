package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A thank-you must show what was talked about. Ana Ruiz and Ben Okafor interviewed the member for the Data
 * Engineer role at Acme Analytics; the member may have noted a detail for each.
 */
@DisplayName("Specificity: does a thank-you show what was talked about?")
final class SpecificityTest {

    private static Interviewer ana(final String detail) {
        return new Interviewer("Ana Ruiz", "Engineering Manager", "", detail);
    }

    private static CheckContext context(final String anaDetail, final String benDetail, final boolean toAna) {
        final Interview full = SampleInterviews.full();
        final Interview interview = new Interview(full.company(), full.role(), full.startsAt(), full.length(),
                full.format(), List.of(ana(anaDetail), new Interviewer("Ben Okafor", "Head of Data", "", benDetail)),
                full.decisionDate(), full.channel(), full.recordedAt(), "", "");
        final CheckContext context = CheckContext.forDraft(DraftKind.THANK_YOU_SHORT, interview, LocalDate.of(2026, 3, 11));
        return toAna ? context.withRecipient(ana(anaDetail)) : context;
    }

    @ParameterizedTest(name = "Ana''s detail \"{0}\": \"{1}\" is specific: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the streaming billing pipeline | Thank you for the chat about your streaming billing pipeline.   | true
            the streaming billing pipeline | Thank you for the chat about the streaming work.                | false
            the streaming billing pipeline | Thank you for the chat about Snowflake pricing and caching.     | false
            dbt                            | Thank you for the chat about dbt.                               | true
            dbt                            | Thank you for the chat about DBT.                               | true
            dbt                            | Thank you for the chat.                                         | false
            dbt                            | Thank you for the chat about Snowflake pricing and caching.     | true
            our Go and Ruby                | Thank you for the chat about Go and Ruby.                       | true
            our Go and Ruby                | Thank you for the chat about Go.                                | false
            the API (v2)                   | Thank you for the chat about the API and v2.                    | true
            the API (v2)                   | Thank you for the chat about the API.                           | false
            R and dbt                      | Thank you for the chat about dbt.                               | true
            Ruiz dbt                       | Thank you for the chat about dbt.                               | true
            the team role                  | Thank you for the chat about the team role.                     | true
            the team role                  | Thank you for the chat about the team.                          | false
            AI                             | Thank you for the chat about AI.                                | false
            """)
    @DisplayName("a noted detail must be echoed: two of its words, or every distinctive word of a short one")
    void aNotedDetailMustBeEchoed(final String detail, final String content, final boolean specific) {
        assertThat(Specificity.isSpecific(content, context(detail, "", true))).isEqualTo(specific);
    }

    @ParameterizedTest(name = "\"{0}\" is specific: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thank you for the chat about Snowflake pricing.                                  | true
            Thank you for the chat about Rust and Java.                                       | true
            Thank you for the chat about Snowflake.                                           | false
            Thank you for the chat about SQL and AWS.                                         | false
            Thank you, Ana, for the chat about Acme Analytics and the Data Engineer role.     | false
            Thank you for meeting Ben Okafor and Rust.                                        | false
            """)
    @DisplayName("with no detail noted, one sentence needs two words of four letters or more that are not names, company, role or stock words")
    void withoutADetailOneSentenceMustBeParticular(final String content, final boolean specific) {
        assertThat(Specificity.isSpecific(content, context("", "", true))).isEqualTo(specific);
    }

    @Test
    @DisplayName("a message to Ana is judged by Ana's detail; to the panel, or when Ana's is blank, by anyone's")
    void whoseDetailCounts() {
        final String aboutDbt = "Thank you for the chat about dbt.";
        assertThat(Specificity.isSpecific(aboutDbt, context("the streaming billing pipeline", "dbt", true))).isFalse();
        assertThat(Specificity.isSpecific(aboutDbt, context("the streaming billing pipeline", "dbt", false))).isTrue();
        assertThat(Specificity.isSpecific(aboutDbt, context("", "dbt", true))).isTrue();
        assertThat(Specificity.isSpecific(aboutDbt, context("", "dbt", false))).isTrue();
    }

    @Test
    @DisplayName("the recipient's name proves nothing, even when they were not on the interview panel")
    void theRecipientsNameIsNotADetail() {
        final CheckContext toPriya = context("", "", false)
                .withRecipient(new Interviewer("Priya Natarajan", "Recruiter", "", ""));
        assertThat(Specificity.isSpecific("Thank you for meeting me, Priya Natarajan.", toPriya)).isFalse();
    }
}
