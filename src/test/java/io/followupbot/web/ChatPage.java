package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the tests read in the page, and the two checks every screen gets. */
final class ChatPage {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private final ChromeDriver driver;
    private final int width;
    private String base;

    ChromeDriver driver() {
        return driver;
    }

    ChatPage(final ChromeDriver driver, final String base, final int width) {
        this.driver = driver;
        this.base = base;
        this.width = width;
        emulate(width);
    }

    /** The chat open on a phone (390 px) in a new browser, its member's zone set to New York. */
    static ChatPage newMemberOnAPhone(final ChromeDriver driver, final String base) throws Exception {
        final ChatPage page = new ChatPage(driver, base, 390);
        page.open();
        page.type("settings zone America/New_York", "America/New_York");
        return page;
    }

    private void emulate(final int screenWidth) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screenWidth,
                "height", screenWidth < 600 ? 844 : 900, "deviceScaleFactor", 1, "mobile", screenWidth < 600));
    }

    void base(final String newBase) {
        this.base = newBase;
    }

    void open() {
        driver.get(base + "/");
        await().atMost(WAIT).until(() -> "true".equals(driver.findElement(By.tagName("body"))
                .getAttribute("data-ready")));
    }

    void reload() {
        open();
    }

    void leave() {
        driver.get("about:blank");
    }

    List<WebElement> botMessages() {
        return driver.findElements(By.cssSelector("#messages li.msg.bot"));
    }

    int messageCount() {
        return driver.findElements(By.cssSelector("#messages li.msg")).size();
    }

    int nudgeCount() {
        return driver.findElements(By.cssSelector("#messages li.msg.nudge")).size();
    }

    WebElement nudge(final String text) {
        return driver.findElements(By.cssSelector("#messages li.msg.nudge")).stream()
                .filter(nudge -> nudge.getText().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no nudge saying " + text + " in " + allText()));
    }

    void awaitNudges(final int count) {
        await().atMost(WAIT).until(() -> nudgeCount() >= count);
    }

    WebElement lastBot() {
        final List<WebElement> messages = botMessages();
        return messages.get(messages.size() - 1);
    }

    String lastBotText() {
        final List<WebElement> messages = botMessages();
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).getText();
    }

    String allText() {
        return driver.findElement(By.id("messages")).getText();
    }

    String cardText() {
        return driver.findElement(By.cssSelector(".pipeline")).getText();
    }

    List<WebElement> timelineDays() {
        return driver.findElements(By.cssSelector("#cards svg g.day"));
    }

    /** Pairs of timeline dots of one card closer than a dot's width. */
    @SuppressWarnings("unchecked")
    List<String> overlappingDots() {
        return (List<String>) driver.executeScript("""
                var found = [];
                document.querySelectorAll('#cards svg').forEach(function (svg) {
                  var dots = [].slice.call(svg.querySelectorAll('circle.step')).map(function (c) {
                    return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))];
                  });
                  dots.forEach(function (a, i) { dots.slice(i + 1).forEach(function (b) {
                    if (Math.hypot(a[0] - b[0], a[1] - b[1]) < 12) { found.push(a + ' / ' + b); }
                  }); });
                });
                return found;""");
    }

    void awaitCards(final int count) {
        await().atMost(WAIT).until(() -> driver.findElements(By.cssSelector("#cards .card")).size() == count);
    }

    List<String> enabledButtons() {
        return driver.findElements(By.cssSelector("#messages button[data-value]")).stream()
                .filter(WebElement::isEnabled).map(WebElement::getText).toList();
    }

    String count() {
        return driver.findElement(By.id("count")).getText();
    }

    void fill(final String text) {
        driver.executeScript("var i = document.getElementById('input'); i.value = arguments[0];"
                + "i.dispatchEvent(new Event('input'));", text);
    }

    void pressEnter() {
        driver.findElement(By.id("input")).sendKeys("\n");
    }

    void type(final String text, final String expectedReply) {
        final int before = botMessages().size();
        driver.findElement(By.id("input")).sendKeys(text);
        driver.findElement(By.id("send")).click();
        await().atMost(WAIT).until(() -> botMessages().size() > before);
        assertThat(botTextSince(before)).contains(expectedReply);
    }

    /** The bot's messages from the given one on (a nudge may arrive among the answers). */
    String botTextSince(final int index) {
        final List<WebElement> messages = botMessages();
        return String.join("\n", messages.subList(Math.min(index, messages.size()), messages.size()).stream()
                .map(WebElement::getText).toList());
    }

    void click(final String label, final String expectedReply) {
        final int before = botMessages().size();
        clickAndAwait(label, () -> botMessages().size() > before);
        assertThat(botTextSince(before)).contains(expectedReply);
    }

    void clickAndAwait(final String label, final java.util.concurrent.Callable<Boolean> done) {
        final WebElement button = driver.findElements(By.cssSelector("#messages button[data-value]")).stream()
                .filter(candidate -> candidate.isEnabled() && candidate.getText().equals(label))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no enabled button " + label));
        button.click();
        await().atMost(WAIT).until(done);
    }

    void clickIn(final WebElement message, final String label) {
        final int before = botMessages().size();
        message.findElements(By.cssSelector("button[data-value]")).stream()
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow().click();
        await().atMost(WAIT).until(() -> botMessages().size() > before);
    }

    String lastDownloadLink() {
        final List<WebElement> links = driver.findElements(By.cssSelector("#messages .files a"));
        assertThat(links).isNotEmpty();
        return links.get(links.size() - 1).getAttribute("href");
    }

    long fetchStatus(final String url) {
        return (Long) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status); }, function () { done(-1); });", url);
    }

    /** Nothing wider than the screen (a phone's down to 320 px), axe finds nothing serious, and a screenshot. */
    void check(final String name) throws Exception {
        if (width < 600) {
            emulate(320);
            PageChecks.assertFitsTheScreen(driver, 320, name);
            emulate(width);
        }
        PageChecks.assertFitsTheScreen(driver, width, name);
        if (width >= 800) {
            assertThat((Boolean) driver.executeScript("return document.documentElement.scrollHeight"
                    + " <= document.documentElement.clientHeight")).as("the desktop page scrolls (%s)", name).isTrue();
        }
        PageChecks.assertAccessible(driver, name);
        PageChecks.screenshot(driver, width + "px-" + name);
    }
}
