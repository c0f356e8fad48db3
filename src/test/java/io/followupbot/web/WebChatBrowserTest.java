package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.Browser;
import io.followupbot.testkit.WebChat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The web chat in a real headless Chromium, as a member uses it on a desktop (1280 px) and on a phone (390 px):
 * an intake, a reload and a server restart in the middle of it, nudges arriving with the page open and with
 * no page open, drafts one click from sending, long input, forget-me. At every step nothing is wider than the
 * screen, and axe-core finds no serious or critical accessibility problem. Screenshots in target/screenshots/.
 */
final class WebChatBrowserTest {

    /** Tuesday 10 March 2026, 19:00 UTC (20:00 in Berlin). */
    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T19:00:00Z");
    @TempDir
    Path folder;
    @AutoClose("quit")
    private ChromeDriver driver;
    private ChatPage page;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    @DisplayName("GIVEN the web chat on a desktop and on a phone WHEN a member goes through an intake, reloads and "
            + "the server restarts mid-way, nudges fall due with the page open and closed, and they forget themselves "
            + "THEN nothing is lost until forget-me, nothing is wider than the screen and axe finds nothing serious")
    void aMembersJourney(final int width) throws Exception {
        driver = Browser.start(folder.resolve("profile"));
        page = new ChatPage(driver, web.base(), width);
        page.open();
        assertThat(page.lastBotText()).contains("Type /followup");
        page.check("first-visit");
        page.type("help", "Here's what I can do");
        assertThat(page.lastBotText()).doesNotContain("*").doesNotContain("in our DM");
        assertThat(page.lastBot().findElements(By.tagName("strong"))).extracting(WebElement::getText)
                .contains("new", "list", "forget-me");

        page.type("settings zone Europe/Berlin", "Europe/Berlin");
        page.type("/followup", "How should I sign your drafts?");
        page.type("Ana Ruiz | +1 555 0100 | ana@example.com", "Which company");
        page.type("AcmeAnalyticsInternationalHoldingsWorldwideGroup", "What's the role?");
        page.type("Data Analyst", "When was the interview");
        page.type("today 2pm", "Was it by phone, video or on-site?");
        assertThat(page.allText()).contains("14:00");

        // A long paste: counted against the bot's limit before sending, not cut; the question keeps its buttons.
        page.fill("x".repeat(2_100));
        assertThat(page.count()).contains("2,100 of 2,000").contains("shorten it by 100");
        final int before = page.messageCount();
        page.pressEnter();
        assertThat(page.messageCount()).isEqualTo(before);
        assertThat(page.enabledButtons()).contains("Phone", "Video", "On-site");
        page.fill("");

        page.reload();
        assertThat(page.lastBotText()).contains("Was it by phone, video or on-site?");
        assertThat(page.enabledButtons()).contains("Video");
        page.check("reload-mid-intake");

        web.restart();
        page.base(web.base());
        page.reload();
        assertThat(page.allText()).contains("How should I sign your drafts?").contains("Data Analyst");
        assertThat(page.lastBotText()).contains("Was it by phone, video or on-site?");
        page.check("restart-mid-intake");
        page.click("Video", "Who interviewed you?");
        assertThat(page.enabledButtons()).doesNotContain("Phone", "Video", "On-site");

        page.type("Ben Ode, Head of Data, ben@acme.test", "Did they say when you'd hear back?");
        page.type("by Friday", "conversation with Ben Ode");
        page.type("their move from spreadsheets to dbt", "something you've done before");
        page.type("skip", "add or clarify");
        page.type("skip", "How do they prefer to be contacted?");
        page.click("Email", "Save it?");
        page.click("Confirm", "Saved as #1");
        page.awaitCards(1);
        assertThat(page.cardText()).contains("#1 AcmeAnalyticsInternationalHoldingsWorldwideGroup - Data Analyst")
                .contains("Interview: Tue 10 Mar, 14:00").contains("Times in Europe/Berlin");
        page.type("list", "AcmeAnalyticsInternationalHoldingsWorldwideGroup");
        page.type("check Dear Ben, thank you! https://example.org/a-very-long-link-that-does-not-break-anywhere-at-all"
                + "-because-it-is-one-token", "");
        page.check("after-intake");

        // Settings are the same form as Slack's and Discord's modals, rendered on the page from the one form model.
        page.driver().findElement(By.id("settings-button")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> !page.driver().findElements(By.cssSelector("form.sheet")).isEmpty());
        final WebElement sheet = page.driver().findElement(By.cssSelector("form.sheet"));
        assertThat(sheet.findElements(By.tagName("label"))).extracting(WebElement::getText)
                .contains("Time zone (e.g. Europe/Berlin)", "Cadence: gentle, standard or persistent");
        page.check("settings-form");
        new org.openqa.selenium.support.ui.Select(sheet.findElement(By.name("cadence"))).selectByValue("gentle");
        sheet.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> page.driver().findElements(By.cssSelector("form.sheet")).isEmpty());
        await().atMost(Duration.ofSeconds(15)).until(() -> page.lastBotText().contains("Saved."));
        assertThat(page.lastBotText()).contains("replanned").contains("gentle");

        // A nudge arrives while the page is open: its draft is one click from sending.
        web.clock().advance(Duration.ofHours(20));
        web.application().dispatchNow();
        page.awaitNudges(1);
        // (worded "time to thank" or "send it today", depending on whether the poller ran before the clock moved)
        final WebElement thanks = page.nudge("thank Ben Ode");
        assertThat(thanks.getText()).contains("dbt");
        final String mailto = thanks.findElement(By.cssSelector("a.mail")).getAttribute("href");
        assertThat(mailto).startsWith("mailto:ben@acme.test?subject=").contains("body=Dear%20Ben");
        assertThat(thanks.findElements(By.cssSelector(".draft .actions button")))
                .extracting(WebElement::getText).contains("Copy", "I sent it");
        assertThat(page.overlappingDots()).as("timeline dots drawn on top of each other").isEmpty();
        assertThat(page.timelineDays()).isNotEmpty();
        page.timelineDays().forEach(day -> assertThat(day.getAttribute("aria-label")).matches("\\w{3} \\d+ \\w{3}: .+"));
        page.check("nudge-arrived");
        page.clickIn(thanks, "I sent it");
        assertThat(thanks.findElements(By.cssSelector("button[data-value]"))).noneMatch(WebElement::isEnabled);

        // A nudge falls due while no page is open and the server restarts: it waits in the transcript.
        final int nudges = page.nudgeCount();
        page.leave();
        web.restartAt(Instant.parse("2026-03-16T10:00:00Z"));
        page.base(web.base());
        web.application().dispatchNow();
        page.open();
        assertThat(page.nudgeCount()).isGreaterThan(nudges);
        assertThat(page.allText()).contains("Saved as #1").containsIgnoringCase("thank Ben Ode");
        page.check("nudge-kept-while-closed");

        page.type("export", "");
        final String link = page.lastDownloadLink();
        assertThat(page.fetchStatus(link)).isEqualTo(200);
        page.type("forget-me", "Are you sure?");
        page.clickAndAwait("Yes, delete everything", () -> page.messageCount() <= 1);
        assertThat(page.allText()).contains("deleted").doesNotContain("ben@acme.test").doesNotContainIgnoringCase("thank Ben Ode");
        page.awaitCards(0);
        assertThat(page.fetchStatus(link)).isEqualTo(404);
        page.reload();
        assertThat(page.allText()).doesNotContain("Ben Ode").contains("Type /followup");
        page.check("forgotten");
    }
}
