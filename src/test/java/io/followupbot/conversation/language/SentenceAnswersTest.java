package io.followupbot.conversation.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short answers typed as whole sentences keep only what was asked; names that look like framing words stay. */
final class SentenceAnswersTest {

    @ParameterizedTest(name = "company \"{0}\" is \"{1}\"")
    @DisplayName("GIVEN the company typed as a sentence THEN the company's name is kept, and only that")
    @CsvSource(delimiter = '|', textBlock = """
            It was with Northwind Labs, the analytics startup | Northwind Labs
            it was at Acme | Acme
            with Globex | Globex
            I interviewed with Initech. | Initech
            The company is Umbrella Corp | Umbrella Corp
            a startup called Hooli | Hooli
            Acme, Inc. | Acme, Inc.
            Bank of the West | Bank of the West
            AT Kearney | AT Kearney
            With Intelligence | With Intelligence
            Northwind Labs | Northwind Labs
            """)
    void company(final String typed, final String kept) {
        assertThat(SentenceAnswers.company(typed)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "role \"{0}\" is \"{1}\"")
    @DisplayName("GIVEN the role typed as a sentence THEN the role is kept")
    @CsvSource(delimiter = '|', textBlock = """
            The role is Senior Data Analyst | Senior Data Analyst
            It's for a Data Engineer position | Data Engineer
            I'm applying for the Product Designer role. | Product Designer
            as a backend developer | backend developer
            Head of Data | Head of Data
            Role: Analyst | Analyst
            """)
    void role(final String typed, final String kept) {
        assertThat(SentenceAnswers.role(typed)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "name \"{0}\" is \"{1}\"")
    @DisplayName("GIVEN the member's name typed as a sentence THEN drafts are signed with the name alone")
    @CsvSource(delimiter = '|', textBlock = """
            I'm Maya Chen | Maya Chen
            I'm Maya Chen. | Maya Chen
            My name is Ana Ruiz Jr. | Ana Ruiz Jr.
            I'm Maya J. | Maya J.
            my name is Ana Ruiz | Ana Ruiz
            Ana Ruiz | Ana Ruiz
            Isabel Amsterdam | Isabel Amsterdam
            """)
    void name(final String typed, final String kept) {
        assertThat(SentenceAnswers.name(typed)).isEqualTo(kept);
    }
}
