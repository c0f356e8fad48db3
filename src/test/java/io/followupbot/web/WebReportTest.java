package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.testkit.WebChat;
import io.followupbot.testkit.WebVisitor;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The work-search log from the web chat: the member types report and downloads the CSV from its link. */
final class WebReportTest {

    /** Tuesday 10 March 2026, 15:00 in New York. */
    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T19:00:00Z");

    @Test
    @DisplayName("GIVEN an interview this morning with its thank-you sent WHEN the member types report and downloads "
            + "the file THEN the CSV holds the interview and the thank-you, row by row, and their week")
    void downloadTheLog() throws Exception {
        final WebVisitor client = web.visitor();
        client.sayAll(List.of("/followup", "Ana Ruiz | ana@example.com", "Acme Analytics", "Data Analyst",
                "today 9am", "video", "Priya Shah, Head of Data", "they didn't say", "skip", "skip", "skip", "email",
                "confirm", "sent 1 thank_you@Priya_Shah"));

        final JsonNode reply = WebVisitor.json(client.say("report from 2026-03-01 to 2026-03-31"));
        final JsonNode file = reply.findValue("files").get(0);
        assertThat(file.get("name").asText()).isEqualTo("work-search-log-2026-03-01-to-2026-03-31.csv");
        assertThat(client.getText(file.get("url").asText()).lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-10,interview,Acme Analytics,Data Analyst,Priya Shah,video,",
                "2026-03-10,thank-you sent,Acme Analytics,Data Analyst,Priya Shah,email,",
                "2026-W11,week total,,,,,2 activities");
    }

    @Test
    @DisplayName("GIVEN the report's printable page WHEN its member, another browser, and its member after forget-me "
            + "open it THEN only its member sees it, as a page of the browser (not a download, no script allowed), "
            + "and forget-me ends it")
    void printablePageIsTheMembersOnly() throws Exception {
        final WebVisitor client = web.visitor();
        client.sayAll(List.of("/followup", "Ana Ruiz | ana@example.com", "Acme Analytics", "Data Analyst",
                "today 9am", "video", "Priya Shah, Head of Data", "they didn't say", "skip", "skip", "skip", "email",
                "confirm"));
        final JsonNode files = WebVisitor.json(client.say("report")).findValue("files");
        assertThat(files.get(1).get("name").asText()).isEqualTo("work-search-log-2026-02-09-to-2026-03-10 (printable page)");
        assertThat(files.get(1).get("page").asBoolean()).isTrue();
        final String page = files.get(1).get("url").asText();

        // THEN its member gets the page, shown in the browser, under the web chat's policy (no inline script)
        final HttpResponse<String> own = client.getAny(page);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(own.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(own.headers().firstValue("Content-Security-Policy")).hasValue(WebGuards.CSP);
        assertThat(own.body()).contains("<td data-label=\"employer\">Acme Analytics</td>");
        // AND another browser (another member) gets nothing
        assertThat(web.visitor().getAny(page).statusCode()).isEqualTo(404);
        // AND forget-me ends it
        client.say("forget-me");
        client.send("/api/message", Map.of("text", "forget-me confirm", "kind", "button", "label",
                "Yes, delete everything"));
        assertThat(client.getAny(page).statusCode()).isEqualTo(404);
    }
}
