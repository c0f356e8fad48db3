package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Printable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The printable page of a file: member text is never markup, whatever it looks like. */
final class PrintablePageTest {

    private static final List<String> COLUMNS = List.of("date", "activity", "employer", "position", "contact",
            "method", "result");

    @Test
    @DisplayName("GIVEN a company named like a script and a role named like a formula WHEN the page is written THEN "
            + "both are text in their cells, and the page has no script at all")
    void memberTextIsText() {
        final Printable log = new Printable("Work-search log", List.of("Member: <img src=x onerror=alert(1)>"),
                COLUMNS, List.of(new Printable.Table("2026-W10", List.of(List.of("2026-03-02", "interview",
                "<script>alert('x')</script>", "=HYPERLINK(\"http://x\")", "O'Neil & Co", "phone", "")),
                List.of("2026-W10", "week total", "", "", "", "", "1 activity"))));

        final String html = PrintablePage.html(log);

        assertThat(html).contains("<p>Member: &lt;img src=x onerror=alert(1)&gt;</p>")
                .contains("<td data-label=\"employer\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>")
                .contains("<td data-label=\"position\">=HYPERLINK(&quot;http://x&quot;)</td>")
                .contains("<td data-label=\"contact\">O&#39;Neil &amp; Co</td>")
                .doesNotContain("<script").doesNotContain("<img").doesNotContain("style=");
        assertThat(html).contains("<thead>\n<tr><th scope=\"col\">date</th><th scope=\"col\">activity</th>")
                .contains("<tbody class=\"total\">\n<tr><td data-label=\"date\">2026-W10</td>");
    }

    @Test
    @DisplayName("GIVEN a CSV with a printable rendition WHEN its page is made THEN it is an HTML file named after the CSV")
    void namedAfterTheFile() {
        final Outbound.FileAttachment csv = new Outbound.FileAttachment("work-search-log-2026-03-01-to-2026-03-31.csv",
                "text/csv", "date\n".getBytes(StandardCharsets.UTF_8), Optional.empty());

        final Outbound.FileAttachment page = PrintablePage.of(csv, new Printable("Work-search log", List.of(),
                COLUMNS, List.of()));

        assertThat(page.name()).isEqualTo("work-search-log-2026-03-01-to-2026-03-31 (printable page)");
        assertThat(page.mimeType()).isEqualTo("text/html");
        assertThat(new String(page.content(), StandardCharsets.UTF_8)).startsWith("<!doctype html>")
                .contains("<title>Work-search log</title>").contains("<link rel=\"stylesheet\" href=\"/log.css\">");
    }
}
