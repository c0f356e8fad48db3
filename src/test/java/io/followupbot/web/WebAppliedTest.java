package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.Browser;
import io.followupbot.testkit.WebChat;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 33's application before any interview in the web chat, in a real headless Chromium the width of a phone: the
 * member says they applied yesterday, and the page's card says when, with its follow-up and move-on on the timeline.
 */
final class WebAppliedTest {

    /** Tuesday 10 March 2026, 19:00 in New York. */
    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T23:00:00Z");
    @TempDir
    Path folder;
    @AutoClose("quit")
    private ChromeDriver driver;

    @Test
    @DisplayName("GIVEN a member on a phone WHEN they say they applied to Acme yesterday THEN it is saved with its "
            + "follow-up, and the card says it was applied for with no interview yet")
    void appliedOnAPhone() throws Exception {
        driver = Browser.start(folder.resolve("profile"));
        final ChatPage page = ChatPage.newMemberOnAPhone(driver, web.base());

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
}
