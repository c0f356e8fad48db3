package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Answers: what a member typed, shaped to follow \"about\" in a letter")
final class AnswersTest {

    private static final List<String> DANA = List.of("Dana Whitfield", "Dana");

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            she described how the team is migrating their weekly churn dashboards to dbt | how the team is migrating your weekly churn dashboards to dbt
            the streaming migration                                                      | the streaming migration
            The new pricing engine.                                                      | the new pricing engine
            he leads a team of six data engineers                                        | how you lead a team of six data engineers
            Dana's team is struggling with flaky tests                                   | how your team is struggling with flaky tests
            she's been at the company for ten years                                      | how you've been at the company for ten years
            What stood out was her focus on data quality                                 | your focus on data quality
            How do they handle on-call?                                                  | how you handle on-call
            How would you design a deduplication job?                                    | how I would design a deduplication job
            Do they use dbt for everything?                                              | whether you use dbt for everything
            What's the on-call like?                                                     | the question "What's the on-call like?"
            dbt, Airflow, data contracts                                                 | dbt, Airflow and data contracts
            *their* move to `dbt` 🚀                                                     | your move to dbt
            I asked about their on-call rota and she said it rotates weekly              | your on-call rota
            Reduced report delays from six hours to ten minutes                          | how I reduced report delays from six hours to ten minutes
            """)
    @DisplayName("every shape of answer becomes words that can follow \"about\"")
    void everyShapeBecomesATopic(final String typed, final String topic) {
        assertThat(Answers.shape(typed, DANA).topic()).isEqualTo(topic);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            dbt; Airflow                                          | LIST     | dbt and Airflow
            dbt;                                                  | PHRASE   | dbt
            the pricing engine\\nthe mobile app                  | LIST     | the pricing engine and the mobile app
            the team\\nthe team\\nthe budget                     | LIST     | the team and the budget
            one two three four five six seven eight\\nnine ten   | LIST     | one two three four five six seven eight and nine ten
            one two three four five six seven eight nine\\nten   | PHRASE   | one two three four five six seven eight nine ten
            dbt, the big old data warehouse, Airflow              | LIST     | dbt, the big old data warehouse and Airflow
            dbt, the very big old data warehouse, Airflow         | PHRASE   | dbt, the very big old data warehouse, Airflow
            dbt, Airflow, data contracts, Kafka                   | LIST     | dbt, Airflow and data contracts
            dbt & Airflow & Kafka                                 | LIST     | dbt, Airflow and Kafka
            How do you test?\\nWhat is your stack?               | CLAUSE   | how I test and the question "What is your stack?"
            - the pricing engine\\n- the mobile app\\n- hiring\\n- budgets | LIST     | the pricing engine, the mobile app and hiring
            """)
    @DisplayName("a list is items on their own lines (of at most eight words, bullets or not), or split by semicolons, or "
            + "three short items or more; a list keeps at most three items")
    void lists(final String typed, final Answer.Shape shape, final String topic) {
        final Answer answer = Answers.shape(typed.replace("\\n", "\n"), DANA);
        assertThat(answer.shape()).isEqualTo(shape);
        assertThat(answer.topic()).isEqualTo(topic);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            How does she handle on-call?              | how you handle on-call
            How does he handle on-call?               | how you handle on-call
            Why do they use Kafka?                    | why you use Kafka
            Does she use dbt?                         | whether you use dbt
            Does he use dbt?                          | whether you use dbt
            Is she leaving the team?                  | whether you are leaving the team
            Will they hire soon?                      | whether you will hire soon
            Can you describe your best project?       | whether I can describe my best project
            Why would you leave your current job?     | why I would leave my current job
            Does they use dbt?                        | the question "Does they use dbt?"
            Does she?                                 | the question "Does she?"
            Would you tell me about your team?        | the question "Would you tell me about your team?"
            Was she happy with the result?            | the question "Was she happy with the result?"
            """)
    @DisplayName("a question about the employer is put to \"you\", one put to the member is about \"I\"; anything else is quoted")
    void questions(final String typed, final String topic) {
        final Answer answer = Answers.shape(typed, DANA);
        assertThat(answer.shape()).isEqualTo(Answer.Shape.QUESTION);
        assertThat(answer.topic()).isEqualTo(topic);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            When we discussed on-call, I should have said that I led the rota | how I led the rota
            When we discussed on-call, the weekly rota                        | the weekly rota
            When we discussed on-call, the rota                               | when we discussed on-call, the rota
            that the team ships                                               | how the team ships
            that we ship                                                      | that we ship
            to automate the reporting                                         | how I would automate the reporting
            my thesis: graph databases                                        | my thesis
            "the streaming migration"                                         | the streaming migration
            What stood out was                                                | what stood out was
            mostly honestly definitely especially probably mainly i think the pipeline | the pipeline
            """)
    @DisplayName("an opening \"when ...,\" (three words or more after it), \"that\", \"to\" and a heading before a colon are reshaped; lead-ins go however many there are, but a bare one is kept")
    void framesAndOpenings(final String typed, final String topic) {
        assertThat(Answers.shape(typed, DANA).topic()).isEqualTo(topic);
    }

    @Test
    @DisplayName("an answer that is only a frame (\"she described\") is kept in the letter rather than emptied")
    void aBareFrameIsKept() {
        final Answer answer = Answers.shape("she described", DANA);
        assertThat(answer.topic()).isEqualTo("how you described");
        assertThat(answer.sentences()).isEqualTo("She described.");
    }

    @Test
    @DisplayName("the member's own sentences are kept up to 60 words in all: a sentence that would pass 60 is left out")
    void sentencesStopAtSixtyWords() {
        final String thirty = "data ".repeat(29) + "ends.";
        final String thirtyOne = "code ".repeat(30) + "ends.";
        final String kept = "Data " + "data ".repeat(28) + "ends.";
        assertThat(Answers.sentences(thirty + " " + thirty + " Third one here.")).isEqualTo(kept + " " + kept);
        assertThat(Answers.sentences(thirty + " " + thirtyOne)).isEqualTo(kept);
    }

    @Test
    @DisplayName("items are joined as \"a\", \"a and b\", \"a, b and c\"")
    void listsAreJoinedInEnglish() {
        assertThat(Answers.joinList(List.of())).isEmpty();
        assertThat(Answers.joinList(List.of("dbt"))).isEqualTo("dbt");
        assertThat(Answers.joinList(List.of("dbt", "Kafka"))).isEqualTo("dbt and Kafka");
        assertThat(Answers.joinList(List.of("dbt", "Kafka", "Flink"))).isEqualTo("dbt, Kafka and Flink");
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Migrating data     | migrating data
            She described it   | she described it
            The pipeline       | the pipeline
            I said             | I said
            It works           | It works
            MIGRATING data     | MIGRATING data
            Fred said hello    | Fred said hello
            Ally helped        | Ally helped
            ''                 | ''
            """)
    @DisplayName("a common first word is lowered mid-sentence; \"I\", acronyms and short names (\"Fred\", \"Ally\") keep their capital")
    void lowerFirst(final String text, final String lowered) {
        assertThat(Answers.lowerFirst(text)).isEqualTo(lowered);
    }

    @Test
    @DisplayName("an addition loses its \"I'd add that\" and is kept as the member's own sentence")
    void anAdditionLosesItsPreamble() {
        final Answer answer = Answers.shape("I'd add that I also led the migration to dbt at my last job", DANA);
        assertThat(answer.shape()).isEqualTo(Answer.Shape.CLAUSE);
        assertThat(answer.sentences()).isEqualTo("I also led the migration to dbt at my last job.");
    }

    @Test
    @DisplayName("a 2,000-character answer gives a topic of at most 18 words that ends on a content word")
    void aLongAnswerIsShortenedAtAClauseBoundary() {
        final String typed = "she described how the team is migrating their weekly churn dashboards to dbt, which has "
                + "been a long project because the old SQL was written by five different people ".repeat(12);
        final String topic = Answers.shape(typed, DANA).topic();
        assertThat(topic).startsWith("how the team is migrating your weekly churn dashboards to dbt");
        assertThat(topic.split("\\s+")).hasSizeLessThanOrEqualTo(Answers.TOPIC_WORDS);
        assertThat(Clauses.FUNCTION_WORDS).doesNotContain(topic.substring(topic.lastIndexOf(' ') + 1));
        assertThat(Answers.shape(typed, DANA).sentences().split("\\s+")).hasSizeLessThanOrEqualTo(60);
    }

    @Test
    @DisplayName("no answer at all (\"nothing really\") leaves the slot empty so the template's fallback is used")
    void aNonAnswerIsEmpty() {
        assertThat(Answers.shape("nothing really", DANA).isEmpty()).isTrue();
        assertThat(Answers.shape("  ", DANA).isEmpty()).isTrue();
    }
}
