package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.Browser;
import io.followupbot.testkit.WebChat;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A new member's journeys in the web chat, in a real headless Chromium the width of a phone, each test on a bot of its
 * own whose now is Tuesday 10 March 2026, 19:00 in New York.
 */
final class JourneysOnAPhoneTest {

    /** Tuesday 10 March 2026, 19:00 in New York. */
    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T23:00:00Z");
    @TempDir
    Path folder;
    @AutoClose("quit")
    private ChromeDriver driver;
    private ChatPage page;

    @BeforeEach
    void newMemberOnAPhone() throws Exception {
        driver = Browser.start(folder.resolve("profile"));
        page = ChatPage.newMemberOnAPhone(driver, web.base());
    }

    /**
     * Issue 28's journey: a recruiter screen eight days ago, then the hiring manager's round yesterday entered as a new
     * interview for the same company and role. The bot asks once whether it is the next round; yes makes one
     * application of two rounds, with the second round's thank-yous, one check-in sequence after the decision date,
     * one move-on, no check-in due now, and a card that shows both rounds.
     */
    @Test
    @DisplayName("GIVEN a screen eight days ago WHEN the member enters yesterday's round for the same company and role "
            + "and says it is the next round THEN the page shows one application of two rounds and one plan")
    void nextRoundOnAPhone() throws Exception {
        // GIVEN the recruiter screen, Monday 2 March
        page.type("/followup", "How should I sign your drafts?");
        page.type("Ana Ruiz | ana@example.com", "Which company");
        page.type("Acme Analytics", "What's the role?");
        page.type("Data Analyst", "When was the interview");
        page.type("2 March at 10am", "Was it by phone, video or on-site?");
        page.click("Phone", "Who interviewed you?");
        page.type("Rita Gomez, Recruiter", "Did they say when you'd hear back?");
        page.click("They didn't say", "conversation with Rita Gomez");
        page.type("skip", "something you've done before");
        page.type("skip", "add or clarify");
        page.type("skip", "How do they prefer to be contacted?");
        page.click("Email", "Save it?");
        page.click("Confirm", "Saved as #1");

        // WHEN yesterday's round is entered as an interview for the same company and role
        page.type("/followup", "Which company");
        page.type("acme analytics", "What's the role?");
        page.type("Data Analyst", "When was the interview");
        page.type("yesterday at 2pm", "Was it by phone, video or on-site?");
        page.click("Video", "Who interviewed you?");
        page.type("Dr. Maya Chen, Head of Data; Tom Baker, Analytics Lead", "Did they say when you'd hear back?");
        page.type("a week from Friday", "conversation with Dr. Maya Chen");
        page.type("her plan to move reporting to dbt", "conversation with Tom Baker");
        page.type("his question about churn", "something you've done before");
        page.type("skip", "add or clarify");
        page.type("skip", "How do they prefer to be contacted?");
        page.click("Email", "Save it?");
        page.click("Confirm", "Is this its next round?");
        // THEN the bot asked once, with the next round as the default
        final WebElement question = message(page, "Is this its next round?");
        assertThat(question.getText().lines()).contains("You already have #1 Acme Analytics - Data Analyst (1 round, the latest "
                + "on Mon 2 Mar). Is this its next round? Then one plan follows the whole process: this round's "
                + "thank-yous, and one set of check-ins after it.");
        // (a nudge for the screen's check-in, due now, may arrive meanwhile: its buttons are its own)
        assertThat(question.findElements(By.cssSelector("button[data-value]"))).extracting(WebElement::getText)
                .containsExactly("Yes, round 2 of #1", "No, a separate application");
        page.check("next-round-question");
        page.click("Yes, round 2 of #1", "Saved as round 2 of #1");

        // AND the page shows one application of two rounds (named as it was first entered), its plan from the latest
        final String saved = message(page, "Saved as round 2 of #1").getText();
        assertThat(saved.lines()).containsSequence(
                "Saved as round 2 of #1, Acme Analytics. Here is your plan; I'll nudge you with a ready draft each time.",
                "now", "thank-you to Dr. Maya Chen (round 2)", "now", "thank-you to Tom Baker (round 2)",
                "Mon 23 Mar, 09:00", "status check-in", "Mon 30 Mar, 09:00", "status check-in #2 (final)",
                "Mon 6 Apr, 09:00", "close the loop and move on");
        page.awaitCards(1);
        assertThat(page.cardText().lines()).containsSequence("#1 Acme Analytics - Data Analyst (2 rounds)",
                "thank-you due", "Round 1: Mon 2 Mar, 10:00, phone, with Rita Gomez",
                "Round 2: Mon 9 Mar, 14:00, video, with Dr. Maya Chen, Tom Baker");
        page.type("due", "What's due next");
        assertThat(message(page, "What's due next:").getText().lines()).containsSequence("What's due next:",
                "#1 Acme Analytics - Data Analyst (2 rounds)", "thank-you to Dr. Maya Chen (round 2), now")
                .noneMatch(line -> line.contains("check-in"));
        page.check("two-rounds");
    }

    /**
     * Issue 33's application before any interview: the member says they applied yesterday, and the page's card says
     * when, with its follow-up and move-on on the timeline.
     */
    @Test
    @DisplayName("GIVEN a member on a phone WHEN they say they applied to Acme yesterday THEN it is saved with its "
            + "follow-up, and the card says it was applied for with no interview yet")
    void appliedOnAPhone() throws Exception {
        page.type("I applied to Acme Analytics for the Data Analyst role yesterday", "Saved as #1");

        final String saved = page.botMessages().get(page.botMessages().size() - 1).getText();
        assertThat(saved.lines()).containsSequence("Saved as #1: your application to Acme Analytics for Data Analyst. If "
                + "they stay quiet, I'll nudge you to follow up; when they invite you to an interview, type round 1 (or "
                + "/followup) and its plan takes over.");
        assertThat(saved.lines()).contains("Monday 9 March 2026 (no interview yet)", "follow-up on the application",
                "close the loop and move on");
        page.awaitCards(1);
        assertThat(page.cardText().lines()).containsSequence("#1 Acme Analytics - Data Analyst",
                "applied, no interview yet", "Applied: Mon 9 Mar, 12:00 (no interview yet)");
        page.check("applied");
    }

    /** The latest message of the bot with this text: a nudge due meanwhile may come after it. */
    private static WebElement message(final ChatPage page, final String fragment) {
        final java.util.List<WebElement> all = page.botMessages().stream()
                .filter(message -> message.getText().contains(fragment)).toList();
        assertThat(all).as("a message with: " + fragment).isNotEmpty();
        return all.get(all.size() - 1);
    }
}
