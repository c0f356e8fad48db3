package io.followupbot.conversation.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a round of a hiring process is read from the member's sentence: the company as typed, when, and which round. */
final class RoundInWordsTest {

    @ParameterizedTest(name = "\"{0}\" -> company \"{1}\", when \"{2}\", a further round: {3}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            I have my second round with Acme Analytics on Tuesday | Acme Analytics | this Tuesday | true
            I had my second round with Acme Analytics on Tuesday | Acme Analytics | Tuesday | true
            I had an interview with Globex yesterday at 2pm | Globex | yesterday at 2pm | false
            I have an interview with Lastminute last Friday | Lastminute | last Friday | false
            I have a round with Globex tomorrow at 10am | Globex | tomorrow at 10am | true
            I have an interview with Initech | Initech | '' | false
            Got a call with McKinsey & Co. | McKinsey & Co | '' | false
            I have a final interview at Hooli next week | Hooli | next week | true
            """)
    void reads(final String sentence, final String company, final String when, final boolean further) {
        assertThat(RoundInWords.parse(sentence)).contains(new RoundInWords(company, when, further));
    }

    @Test
    @DisplayName("GIVEN a company of exactly 100 letters WHEN read THEN it is kept; one more and the sentence is not a "
            + "round")
    void companiesUpToOneHundredLetters() {
        final String longest = "A".repeat(100);
        assertThat(RoundInWords.parse("I have an interview with " + longest))
                .contains(new RoundInWords(longest, "", false));
        assertThat(RoundInWords.parse("I have an interview with " + longest + "B")).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a sentence that is no round (no company, or not about an interview) WHEN read THEN nothing")
    void notARound() {
        assertThat(RoundInWords.parse("I have an interview with")).isEmpty();
        assertThat(RoundInWords.parse("I sent the thank-you to Rita")).isEmpty();
    }
}
