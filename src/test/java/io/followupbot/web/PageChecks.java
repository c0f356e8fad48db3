package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks any screen of the web chat gets in the browser tests: nothing wider than the viewport, no serious or
 * critical finding of axe-core (the accessibility checker, from npm: src/test/js, installed by .ci/run), and a
 * screenshot under target/screenshots/.
 */
final class PageChecks {

    private static final Path AXE = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Every visible element that sticks out of the viewport, as "tag.class (left..right)". */
    private static final String OVERFLOWING = """
            var width = document.documentElement.clientWidth, found = [];
            if (document.documentElement.scrollWidth > width) {
              found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            document.querySelectorAll('body *').forEach(function (node) {
              var box = node.getBoundingClientRect();
              if (box.width <= 1 || box.height <= 1) { return; }
              if (box.right > width + 0.5 || box.left < -0.5) {
                found.push(node.tagName.toLowerCase() + '.' + String(node.className.baseVal !== undefined
                  ? node.className.baseVal : node.className) + ' (' + Math.round(box.left) + '..'
                  + Math.round(box.right) + ')');
              }
            });
            return found;""";

    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
              done(results.violations.filter(function (v) {
                return v.impact === 'serious' || v.impact === 'critical';
              }).map(function (v) {
                return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {
                  return n.target.join(' ');
                }).join(', ');
              }));
            }, function (error) { done(['axe failed: ' + error]); });""";

    private PageChecks() {
    }

    static void assertFitsTheScreen(final ChromeDriver driver, final int width, final String screen) {
        assertThat(((Number) driver.executeScript("return document.documentElement.clientWidth")).intValue())
                .as("the viewport").isLessThanOrEqualTo(width);
        @SuppressWarnings("unchecked")
        final List<String> overflowing = (List<String>) driver.executeScript(OVERFLOWING);
        assertThat(overflowing).as("elements wider than the %d px screen (%s)", width, screen).isEmpty();
    }

    static void assertAccessible(final ChromeDriver driver, final String screen) throws IOException {
        if (!Files.isReadable(AXE)) {
            throw new IllegalStateException("The accessibility check needs axe-core from npm: run "
                    + "`npm ci --prefix src/test/js` (bash .ci/run does it for you).");
        }
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(Files.readString(AXE));
        }
        @SuppressWarnings("unchecked")
        final List<String> findings = (List<String>) driver.executeAsyncScript(RUN_AXE);
        assertThat(findings).as("serious or critical accessibility findings (%s)", screen).isEmpty();
    }

    static void screenshot(final ChromeDriver driver, final String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

}
