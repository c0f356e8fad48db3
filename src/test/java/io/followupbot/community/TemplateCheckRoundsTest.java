package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftKind;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.testkit.CommunityWording;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A community's own wording may speak of an application's rounds, and is checked for a second round too. */
final class TemplateCheckRoundsTest {

    private final TemplateCheck check = new TemplateCheck(DraftRenderer.builtIn(), new DraftChecker());

    @Test
    @DisplayName("GIVEN a final check-in that speaks of the conversations of a process WHEN checked THEN it is accepted "
            + "and previewed for a single interview, without the rounds' wording")
    void roundValuesAreAllowed() {
        // GIVEN
        final String source = CommunityWording.FINAL_CHECK_IN.replace("I enjoyed my {{interviewKind}}",
                "{{#conversations}}I enjoyed my conversations with {{conversations}} about the {{role}} position at {{company}}, the "
                        + "latest on {{interviewDate}}, and I remain keen on the role.{{/conversations}}"
                        + "{{^conversations}}I enjoyed my {{interviewKind}}")
                .replace("and I remain keen on the role.\n", "and I remain keen on the role.{{/conversations}}\n");
        // WHEN
        final TemplateCheck.Result result = check.check(DraftKind.FINAL_CHECK_IN, source, Map.of());
        // THEN
        assertThat(result.problems()).isEmpty();
        assertThat(result.accepted()).isTrue();
        assertThat(result.preview()).contains("I enjoyed my video interview for the Data Analyst position at Northwind "
                + "Labs on").doesNotContain("conversations with");
    }

    @Test
    @DisplayName("GIVEN a final check-in that turns demanding only for a later round WHEN checked THEN it is refused, "
            + "saying the second round's draft is the one at fault")
    void aLaterRoundsDraftIsCheckedToo() {
        // GIVEN
        final String source = CommunityWording.FINAL_CHECK_IN.replace("Would you be able to share",
                "{{#laterRound}}I need your answer immediately. {{/laterRound}}Would you be able to share");
        // WHEN
        final TemplateCheck.Result result = check.check(DraftKind.FINAL_CHECK_IN, source, Map.of());
        // THEN
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                .startsWith("In a second round's draft: "));
        assertThat(String.join(" ", result.problems())).containsIgnoringCase("demanding");
    }
}
