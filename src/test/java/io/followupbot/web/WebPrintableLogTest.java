package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestConfigs;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The work-search log's printable page (issue 33) in a real headless Chromium: next to the CSV's link, a link to the same
 * log as a page, a table per ISO week with its total, read row by row against the CSV on a phone and on a desktop; no
 * script, member text shown as text, black on white and the column headers repeated on each printed page; in the
 * community's words when bot-config.yml renames them (a German log).
 */
final class WebPrintableLogTest {

    /** The German words of a community's log, as its operator writes them in bot-config.yml. */
    static final String GERMAN = """
            work-search-log:
              communities:
                "web:local":
                  columns:
                    date: Datum
                    activity: Tätigkeit
                    employer: Arbeitgeber
                    position: Stelle
                    contact: Ansprechpartner
                    method: Art der Bewerbung
                    result: Ergebnis
                  activities:
                    interview: Vorstellungsgespräch
                    thank-you-sent: Dankschreiben gesendet
                    week-total: Summe der Woche
                  results:
                    one-activity: Tätigkeit
                    activities: Tätigkeiten
            """;

    private static final String COMPANY = "<script>alert(1)</script> <b>Labs</b> & Co";
    private static final String ROLE = "=HYPERLINK(\"http://x.test\")";
    private static final String READ_ROWS = """
            var rows = [];
            document.querySelectorAll('main section').forEach(function (section) {
              rows.push(['# ' + section.querySelector('h2').textContent]);
              section.querySelectorAll('tr').forEach(function (tr) {
                rows.push([].slice.call(tr.children).map(function (cell) { return cell.textContent; }));
              });
            });
            return rows;""";

    @TempDir
    Path folder;

    /** Tuesday 10 March 2026, 15:00 in New York. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T19:00:00Z"));
    private Application application;
    private ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    @DisplayName("GIVEN a screen on 2 March at a company named like markup for a role named like a formula, and an "
            + "interview today with its thank-you sent WHEN the member types report on a 390 px phone and opens the "
            + "printable page THEN it holds the CSV's rows week by week, shows every name as text, runs no script, fits "
            + "the screen, axe finds nothing serious, and it prints black on white with the headers repeated")
    void onAPhone() throws Exception {
        final ChatPage page = start(TestConfigs.webChat(folder.resolve("bot.db")), 390);
        page.type("settings zone America/New_York", "America/New_York");
        page.type("/followup", "How should I sign your drafts?");
        page.type("Ana Ruiz | ana@example.com", "Which company");
        intake(page, COMPANY, ROLE, "2 March at 10am", "Phone", "Rita Gomez, Recruiter");
        page.type("/followup", "Which company");
        intake(page, "Acme Analytics", "Data Analyst", "today 9am", "Video", "Priya Shah, Head of Data");
        page.type("sent 2 thank_you@Priya_Shah", "");

        // WHEN the member asks for March's log
        page.type("report from 2026-03-01 to 2026-03-31", "Your work-search log from 2026-03-01 to 2026-03-31");
        final List<WebElement> links = page.lastBot().findElements(By.cssSelector(".files a"));
        assertThat(links).extracting(WebElement::getText).containsExactly(
                "work-search-log-2026-03-01-to-2026-03-31.csv",
                "work-search-log-2026-03-01-to-2026-03-31 (printable page)");
        assertThat(links.get(1).getDomAttribute("download")).isNull();
        assertThat(links.get(0).getDomAttribute("download")).isEqualTo("work-search-log-2026-03-01-to-2026-03-31.csv");
        assertThat(links.get(1).getAttribute("target")).isEqualTo("_blank");
        page.check("report-links");
        final List<CSVRecord> csv = csv(page, links.get(0).getAttribute("href"));
        assertThat(csv).map(CSVRecord::toList).containsExactly(
                List.of("date", "activity", "employer", "position", "contact", "method", "result"),
                List.of("2026-03-02", "interview", COMPANY, "'" + ROLE, "Rita Gomez", "phone", ""),
                List.of("2026-03-10", "interview", "Acme Analytics", "Data Analyst", "Priya Shah", "video", ""),
                List.of("2026-03-10", "thank-you sent", "Acme Analytics", "Data Analyst", "Priya Shah", "email", ""),
                List.of("2026-W10", "week total", "", "", "", "", "1 activity"),
                List.of("2026-W11", "week total", "", "", "", "", "2 activities"));

        // THEN the page holds the same rows, a table per week, the formula's cell without the spreadsheet's guard
        driver.get(links.get(1).getAttribute("href"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Work-search log");
        assertThat(driver.findElements(By.cssSelector("header p"))).extracting(WebElement::getText).containsExactly(
                "Member: Ana Ruiz",
                "From 2026-03-01 to 2026-03-31, dates in America/New_York; weeks start on Monday.");
        assertThat(rows()).containsExactly(
                List.of("# 2026-W10"), csv.get(0).toList(),
                List.of("2026-03-02", "interview", COMPANY, ROLE, "Rita Gomez", "phone", ""),
                csv.get(4).toList(),
                List.of("# 2026-W11"), csv.get(0).toList(), csv.get(2).toList(), csv.get(3).toList(),
                csv.get(5).toList());
        assertThat(driver.findElements(By.cssSelector("td script, td b, script"))).isEmpty();
        page.check("printable-log");

        // AND on paper: black on white, the column headers repeated on each page, each row kept whole
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(style("body", "color")).isEqualTo("rgb(0, 0, 0)");
        assertThat(style("body", "background-color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(style("thead th", "background-color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(style("thead", "display")).isEqualTo("table-header-group");
        assertThat(style("tbody tr", "break-inside")).isEqualTo("avoid");
        PageChecks.screenshot(driver, "390px-printable-log-print");
    }

    @Test
    @DisplayName("GIVEN a community whose bot-config.yml names the log's columns and words in German WHEN a member "
            + "types report on a desktop and opens the printable page THEN the CSV and the page speak German, row by row")
    void germanOnADesktop() throws Exception {
        final ChatPage page = start(TestConfigs.webChat(folder.resolve("bot.db"), GERMAN), 1280);
        page.type("settings zone Europe/Berlin", "Europe/Berlin");
        page.type("/followup", "How should I sign your drafts?");
        page.type("Jonas Weber | jonas@example.com", "Which company");
        intake(page, "Müller & Söhne GmbH", "Datenanalyst", "today 9am", "Video", "Petra Klein, Teamleiterin");
        page.type("sent 1 thank_you@Petra_Klein", "");

        page.type("report from 2026-03-01 to 2026-03-31", "Your work-search log from 2026-03-01 to 2026-03-31");
        final List<WebElement> links = page.lastBot().findElements(By.cssSelector(".files a"));
        final List<CSVRecord> csv = csv(page, links.get(0).getAttribute("href"));
        final List<String> header = List.of("Datum", "Tätigkeit", "Arbeitgeber", "Stelle", "Ansprechpartner",
                "Art der Bewerbung", "Ergebnis");
        assertThat(csv).map(CSVRecord::toList).containsExactly(header,
                List.of("2026-03-10", "Vorstellungsgespräch", "Müller & Söhne GmbH", "Datenanalyst", "Petra Klein",
                        "video", ""),
                List.of("2026-03-10", "Dankschreiben gesendet", "Müller & Söhne GmbH", "Datenanalyst", "Petra Klein",
                        "email", ""),
                List.of("2026-W11", "Summe der Woche", "", "", "", "", "2 Tätigkeiten"));

        driver.get(links.get(1).getAttribute("href"));
        assertThat(driver.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(header);
        assertThat(rows()).containsExactly(List.of("# 2026-W11"), header, csv.get(1).toList(), csv.get(2).toList(),
                csv.get(3).toList());
        page.check("printable-log-german");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(style("thead", "display")).isEqualTo("table-header-group");
        PageChecks.screenshot(driver, "1280px-printable-log-german-print");
    }

    private ChatPage start(final BotConfig config, final int width) {
        application = Application.start(config, clock);
        driver = io.followupbot.testkit.Browser.start(folder.resolve("profile"));
        final ChatPage page = new ChatPage(driver, "http://127.0.0.1:" + application.webPort(), width);
        page.open();
        return page;
    }

    /** An interview entered from its company on, with no notes, contact by email. */
    private static void intake(final ChatPage page, final String company, final String role, final String when,
                               final String format, final String interviewer) {
        page.type(company, "What's the role?");
        page.type(role, "When was the interview");
        page.type(when, "Was it by phone, video or on-site?");
        page.click(format, "Who interviewed you?");
        page.type(interviewer, "Did they say when you'd hear back?");
        page.click("They didn't say", "conversation with");
        page.type("skip", "something you've done before");
        page.type("skip", "add or clarify");
        page.type("skip", "How do they prefer to be contacted?");
        page.click("Email", "Save it?");
        page.click("Confirm", "Saved as #");
    }

    /** The CSV behind a link, fetched by the page itself (its cookie is the member's). */
    private List<CSVRecord> csv(final ChatPage page, final String url) throws IOException {
        final String text = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done, function () { done(''); });",
                url);
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    /** Each week's heading ("# 2026-W11"), then its rows: the column headers, the activities, the week's total. */
    @SuppressWarnings("unchecked")
    private List<List<String>> rows() {
        return (List<List<String>>) driver.executeScript(READ_ROWS);
    }

    private String style(final String selector, final String property) {
        return (String) driver.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1])", selector, property);
    }
}
