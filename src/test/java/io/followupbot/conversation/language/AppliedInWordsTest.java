package io.followupbot.conversation.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How an application is read: the command's {@code COMPANY, ROLE [WHEN]} and the member's own sentences. */
final class AppliedInWordsTest {

    @ParameterizedTest(name = "applied {0} -> company \"{1}\", role \"{2}\", when \"{3}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            Acme Analytics, Data Analyst yesterday | Acme Analytics | Data Analyst | yesterday
            Acme Analytics, Data Analyst | Acme Analytics | Data Analyst | ''
            Globex, Product Manager on Monday | Globex | Product Manager | Monday
            Initech, Analyst 2026-03-02 | Initech | Analyst | 2026-03-02
            Initech, Senior Analyst, remote last Tuesday | Initech | Senior Analyst, remote | last Tuesday
            Umbrella Corp, QA Engineer 3 days ago | Umbrella Corp | QA Engineer | 3 days ago
            Hooli, Data Scientist next friday | Hooli | Data Scientist | next friday
            Globex, PM tomorrow | Globex | PM | tomorrow
            """)
    void typed(final String rest, final String company, final String role, final String when) {
        assertThat(AppliedInWords.typed(rest)).contains(new AppliedInWords(company, role, when));
    }

    @ParameterizedTest(name = "\"{0}\" -> company \"{1}\", role \"{2}\", when \"{3}\"")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "I applied to Acme for the Data Analyst role yesterday | Acme | Data Analyst | yesterday",
        "I applied to Acme Analytics for the Data Analyst position. | Acme Analytics | Data Analyst | ''",
        "just applied for the Data Analyst position at Acme | Acme | Data Analyst | ''",
        "I applied for a Product Manager job with Globex on Monday | Globex | Product Manager | Monday",
        "Sent my application to Initech for Business Analyst today | Initech | Business Analyst | today",
        "ok I've applied at Hooli as a Data Scientist last Friday | Hooli | Data Scientist | last Friday",
        "I submitted my application to Umbrella Corp for QA Engineer on 2026-03-02 | Umbrella Corp | QA Engineer | "
                + "2026-03-02",
    })
    void said(final String sentence, final String company, final String role, final String when) {
        assertThat(AppliedInWords.said(sentence)).contains(new AppliedInWords(company, role, when));
    }

    @ParameterizedTest(name = "\"{0}\" is not an application")
    @ValueSource(strings = {"I had my second round with Acme yesterday", "I applied", "I applied to Acme",
        "applied for the job", "I sent the thank-you to Rita", "Acme Analytics Data Analyst yesterday"})
    void notAnApplication(final String sentence) {
        assertThat(AppliedInWords.said(sentence)).isEmpty();
        assertThat(AppliedInWords.typed(sentence)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a company and a role of exactly 100 letters WHEN typed THEN both are kept; one letter more "
            + "and it is not read as an application")
    void namesUpToTheLongestAreKept() {
        final String longest = "A".repeat(100);
        assertThat(AppliedInWords.typed(longest + ", " + longest)).contains(new AppliedInWords(longest, longest, ""));
        assertThat(AppliedInWords.typed(longest + "B, Analyst")).isEmpty();
        assertThat(AppliedInWords.typed("Acme, " + longest + "B")).isEmpty();
    }
}
