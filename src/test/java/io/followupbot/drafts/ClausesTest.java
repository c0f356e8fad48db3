package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Clauses: whether a member's words are a sentence or a phrase, and where they can be cut")
final class ClausesTest {


    @ParameterizedTest(name = "\"{0}\" is a clause: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            we shipped                             | true
            the team uses dbt                      | true
            the team is migrating                  | true
            data pipelines migrated                | true
            the engineers rotate weekly            | true
            the old data platform migrated         | true
            ''                                     | false
            '!!!'                                  | false
            we                                     | false
            the newly built platform               | false
            its rebuilt API                        | false
            a carefully tested release             | false
            shared managed services                | false
            the data feed                          | false
            his work on Kafka                      | false
            how to scale                           | false
            the big old data platform migrated     | false
            """)
    @DisplayName("a subject then a finite verb makes a clause; determiners, adverbs and adjectives in -ed do not")
    void clauses(final String words, final boolean clause) {
        assertThat(Clauses.isClause(words)).isEqualTo(clause);
    }


    @ParameterizedTest(name = "\"{0}\" holds a clause: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            In my last role I cut costs   | true
            dbt and we love it            | true
            dbt but we love it            | true
            my thesis: I used it daily    | true
            In my last role I             | false
            In the end, we                | false
            the rota and we               | false
            """)
    @DisplayName("after an opening phrase, a conjunction or a colon; a subject with nothing after it is none")
    void clausesInside(final String words, final boolean clause) {
        assertThat(Clauses.hasClause(words)).isEqualTo(clause);
    }

    @ParameterizedTest(name = "\"{0}\" opens with a past verb: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Reduced report delays       | true
            Built the first dashboard   | true
            Reduced delays              | false
            Need more data engineers    | false
            """)
    @DisplayName("a CV line (\"Built the first dashboard\") has its \"I\" left out; it needs three words and a real past form")
    void cvLines(final String words, final boolean past) {
        assertThat(Clauses.startsWithPastVerb(words)).isEqualTo(past);
    }


    @ParameterizedTest(name = "\"{0}\" in {1} words: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            short text                                             | 5 | short text
            one two three four five                                | 5 | one two three four five
            one two three four, five six seven eight nine ten      | 8 | one two three four
            one two three four and five six seven eight nine ten   | 8 | one two three four
            one two three four five six seven and eight nine ten   | 8 | one two three four five six seven
            one two three, four five six seven eight nine ten      | 8 | one two three, four five six seven eight
            dbt for the many teams here                            | 3 | dbt
            the of and for more words here                         | 3 | the
            the stack (Kafka and Flink mostly) is new              | 4 | the stack
            """)
    @DisplayName("cuts where a clause ends (a comma, an \"and\") at least four words in, drops dangling small words, never cuts to nothing")
    void cuts(final String text, final int max, final String shortened) {
        assertThat(Clauses.shorten(text, max)).isEqualTo(shortened);
    }

    @ParameterizedTest(name = "\"{0}\" in {1} words: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            she said "we ship daily and we test everything" to me   | 5 | she said we ship daily
            she said "we ship daily" and then more words after it    | 5 | she said "we ship daily"
            """)
    @DisplayName("a quotation cut in half loses its quotation mark; a whole one keeps both")
    void quotes(final String text, final int max, final String shortened) {
        assertThat(Clauses.shorten(text, max)).isEqualTo(shortened);
    }
}
