package io.followupbot.web;

import io.followupbot.testkit.TestConfigs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

final class WebChatBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path folder;

    private Application application;
    private ChromeDriver browser;
    private String base;

    @BeforeEach
    void start() {
        final BotConfig config = TestConfigs.webChat(folder.resolve("bot.db"));
        application = Application.start(config, Clock.systemUTC());
        base = "http://127.0.0.1:" + application.webPort();
        browser = io.followupbot.testkit.Browser.start(folder.resolve("profile"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        application.close();
    }

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector("#messages li.msg.bot"));
    }

    private String lastBotText() {
        final List<WebElement> messages = botMessages();
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).getText();
    }

    private void type(final String text, final String expectedReply) {
        final int before = botMessages().size();
        final WebElement input = browser.findElement(By.id("input"));
        input.sendKeys(text);
        browser.findElement(By.id("send")).click();
        await().atMost(WAIT).until(() -> botMessages().size() > before);
        assertThat(lastBotText()).contains(expectedReply);
    }

    private void click(final String label, final String expectedReply) {
        final int before = botMessages().size();
        final List<WebElement> buttons = browser.findElements(By.cssSelector("#messages .buttons button"));
        final WebElement button = buttons.stream().filter(candidate -> candidate.getText().equals(label))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no button " + label));
        button.click();
        await().atMost(WAIT).until(() -> botMessages().size() > before);
        assertThat(lastBotText()).contains(expectedReply);
    }

    @Test
    @DisplayName("GIVEN the web chat in a real browser WHEN a member types a full intake and clicks the buttons "
            + "THEN the summary, the plan and the pipeline card show, and a reload keeps them")
    void fullIntakeInTheBrowser() throws Exception {
        browser.get(base + "/");
        await().atMost(WAIT).until(() -> lastBotText().contains("Type /followup"));

        type("/followup", "How should I sign your drafts?");
        type("Ana Ruiz | +1 555 0100 | ana@example.com", "Which company");
        type("Acme Analytics", "What's the role?");
        type("Data Analyst", "When was the interview");
        type("yesterday at 2pm", "Was it by phone, video or on-site?");
        click("Video", "Who interviewed you?");
        type("Ben Ode, Head of Data, ben@acme.test", "Did they say when you'd hear back?");
        click("They didn't say", "conversation with Ben Ode");
        type("their move from spreadsheets to dbt", "something you've done before");
        type("skip", "add or clarify");
        type("skip", "How do they prefer to be contacted?");
        click("Email", "Save it?");
        assertThat(lastBotText()).contains("Acme Analytics").contains("thank-you to Ben Ode").contains("status check-in");
        click("Confirm", "Saved as #1");

        await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#cards .card")).isEmpty());
        final WebElement card = browser.findElement(By.cssSelector("#cards .card"));
        assertThat(card.getText()).contains("#1 Acme Analytics - Data Analyst");
        assertThat(card.findElements(By.cssSelector("svg circle.step"))).hasSizeGreaterThanOrEqualTo(3);

        click("Show the next draft", "Here's a draft");
        assertThat(browser.findElement(By.cssSelector("#messages li:last-child .draft")).getText())
                .contains("Subject:").contains("dbt");

        final Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("web-chat-after-intake.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.navigate().refresh();
        await().atMost(WAIT).until(() -> botMessages().size() > 10
                && !browser.findElements(By.cssSelector("#cards .card")).isEmpty());
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Saved as #1").contains("Acme Analytics");
        assertThat(browser.findElement(By.cssSelector("#cards .card")).getText()).contains("Acme Analytics");
    }
}
