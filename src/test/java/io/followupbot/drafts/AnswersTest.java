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

    @Test
    @DisplayName("a list on several lines with bullets becomes one list of at most three items")
    void bulletsBecomeAList() {
        final Answer answer = Answers.shape("- the pricing engine\n- the mobile app\n- hiring\n- budgets", DANA);
        assertThat(answer.shape()).isEqualTo(Answer.Shape.LIST);
        assertThat(answer.topic()).isEqualTo("the pricing engine, the mobile app and hiring");
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
