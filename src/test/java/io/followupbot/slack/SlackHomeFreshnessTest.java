package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the member sees in Slack is the current state: the App Home and the edit form follow every change. */
@OnSlack
final class SlackHomeFreshnessTest {

    @Test
    @DisplayName("GIVEN a member who never opened the App Home WHEN they save an interview, report a sent thank-you "
            + "and an offer in the DM THEN after each Slack receives a views.publish showing the new state, and a "
            + "command that changes nothing publishes nothing; after forget-me the Home is empty and the member stays "
            + "forgotten")
    void homeFollowsEveryChange(final SlackHarness harness, final SlackMember ana) {
        final int start = harness.emulator().callCount();
        SlackJourneys.interviewToday(ana);
        assertThat(lastHome(harness, start)).contains("Acme Analytics").contains("thank-you due").contains("Ben Ode");

        final int beforeSent = harness.emulator().callCount();
        ana.command("DU1", "sent 1", "Cleo Park");
        final String afterSent = lastHome(harness, beforeSent);
        assertThat(afterSent).contains("Acme Analytics").doesNotContain("thank-you to Ben Ode");

        final int beforeList = harness.emulator().callCount();
        ana.command("DU1", "list", "Acme Analytics");
        final int beforeOffer = harness.emulator().callCount();
        assertThat(harness.emulator().callsSince(beforeList, call -> call.method().equals("views.publish"))).isEmpty();

        ana.command("DU1", "offer 1", "Congratulations");
        assertThat(lastHome(harness, beforeOffer)).contains("Acme Analytics").contains("offer -");

        final int beforeForget = harness.emulator().callCount();
        ana.command("DU1", "forget-me", "Are you sure?");
        ana.click("Yes, delete everything", "");
        assertThat(lastHome(harness, beforeForget)).contains("nothing stored about you").doesNotContain("Acme Analytics");
        assertThat(harness.count("SELECT COUNT(*) FROM members")).isZero();
    }

    @Test
    @DisplayName("GIVEN the employer gave a new decision date WHEN the member opens the edit form THEN it shows that "
            + "date, not the first one, and saving the form unchanged keeps the interview as it is")
    void editFormShowsTheLatestDecisionDate(final SlackHarness harness, final SlackMember ana) {
        SlackJourneys.interviewToday(ana);
        assertThat(harness.count("SELECT COUNT(*) FROM interviews WHERE decision_date = '2026-03-13'")).isEqualTo(1);
        ana.command("DU1", "heard 1 new-date 2026-03-27", "news by");

        final int beforeEdit = harness.emulator().callCount();
        harness.slack().post(SignedSlack.buttonBody("T1", "U1", "DU1", "message", "edit 1"), false);
        final SlackEmulator.Call form = harness.awaitCalls(beforeEdit, call -> call.method().equals("views.open"))
                .get(0);
        assertThat(form.arg("view")).contains("followup_edit").contains("\"initial_value\":\"2026-03-27\"")
                .contains("\"initial_value\":\"Acme Analytics\"").doesNotContain("2026-03-13");

        final int beforeSave = harness.emulator().callCount();
        harness.slack().post(SignedSlack.viewSubmissionBody("T1", "U1", "followup_edit", "1", """
                {"company":{"company":{"type":"plain_text_input","value":"Acme Analytics"}},\
                "role":{"role":{"type":"plain_text_input","value":"Data Analyst"}},\
                "decision":{"decision":{"type":"plain_text_input","value":"2026-03-27"}}}"""), false);
        ana.awaitText(beforeSave, "Nothing to change");
        assertThat(harness.count("SELECT COUNT(*) FROM interviews WHERE decision_date = '2026-03-13'")).isEqualTo(1);
    }

    /** The view of the last App Home published since {@code since}, waiting for one. */
    private static String lastHome(final SlackHarness harness, final int since) {
        final List<SlackEmulator.Call> published = harness.awaitCalls(since,
                call -> call.method().equals("views.publish") && call.arg("user_id").equals("U1"));
        return published.get(published.size() - 1).arg("view");
    }
}
