package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.chat.Outbound;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.TestCore;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExportsTest {

    @Test
    @DisplayName("GIVEN an interview with history WHEN exported THEN the CSV parses per RFC 4180, the JSON holds "
            + "everything and the iCalendar file parses with one event per planned step")
    void exportsOpenInOtherPrograms(@TempDir final Path folder) throws Exception {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T23:00:00Z"))) {
            final ChatDriver ana = new ChatDriver(core.engine, new MemberKey("web", "local", "ana"), Optional.empty());
            ana.command("");
            for (final String answer : List.of("ok", "Ana Ruiz | +1 555 0100", "Acme, \"Analytics\" Inc.",
                    "Data Analyst", "today 2pm", "video", "Ben Ode, Head of Data; Cleo Park", "by Friday",
                    "their dbt move, and\na second line", "hiring", "I cut our reporting time in half", "skip",
                    "email", "confirm")) {
                ana.say(answer);
            }
            ana.command("sent 1 thank_you@Ben_Ode");
            ana.command("heard 1 new-date Wednesday next week");
            ana.command("export");

            final Map<String, Outbound.FileAttachment> files = ana.files().stream()
                    .collect(Collectors.toMap(Outbound.FileAttachment::name, Function.identity()));

            final List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text(files.get("followup-interviews.csv")))).getRecords();
            assertThat(rows).extracting(row -> row.get("company")).containsOnly("Acme, \"Analytics\" Inc.");
            assertThat(rows).extracting(row -> row.get("event")).contains("recorded", "sent", "still_deciding");
            assertThat(rows.get(0).get("interviewers")).isEqualTo("Ben Ode; Cleo Park");

            final JsonNode json = new ObjectMapper().readTree(text(files.get("followup-data.json")));
            assertThat(json.at("/member/name").asText()).isEqualTo("Ana Ruiz");
            assertThat(json.at("/interviews/0/interviewers/0/detail").asText()).contains("a second line");
            assertThat(json.at("/interviews/0/history").size()).isGreaterThanOrEqualTo(3);
            assertThat(json.at("/interviews/0/pastResult").asText()).isEqualTo("I cut our reporting time in half");

            final List<ICalendar> calendars = Biweekly.parse(text(files.get("followup-plan.ics"))).all();
            assertThat(calendars).hasSize(1);
            final List<VEvent> events = calendars.get(0).getEvents();
            assertThat(events).isNotEmpty();
            assertThat(events).allSatisfy(event -> {
                assertThat(event.getUid().getValue()).startsWith("followup-");
                assertThat(event.getDateStart().getValue()).isNotNull();
                assertThat(event.getSummary().getValue()).contains("Acme");
            });
            assertThat(events).extracting(event -> event.getSummary().getValue())
                    .anyMatch(summary -> summary.startsWith("status check-in"));
        }
    }

    @Test
    @DisplayName("GIVEN interviews whose names start like formulas WHEN exported THEN the pipeline CSV has one row per "
            + "interview with its stage, next step and last contact, and no cell of either CSV starts a formula")
    void pipelineCsvIsSafeInASpreadsheet(@TempDir final Path folder) throws Exception {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T23:00:00Z"))) {
            final ChatDriver ana = new ChatDriver(core.engine, new MemberKey("web", "local", "ana"), Optional.empty());
            ana.command("");
            for (final String answer : List.of("ok", "Ana Ruiz", "=HYPERLINK(\"http://evil.test\",\"open\")",
                    "@SUM(1+1)", "today 2pm", "video", "-Ben Ode", "by Friday", "+their dbt move", "skip", "skip",
                    "email", "confirm")) {
                ana.say(answer);
            }
            ana.command("sent 1 thank_you");
            ana.command("export");

            final Map<String, Outbound.FileAttachment> files = ana.files().stream()
                    .collect(Collectors.toMap(Outbound.FileAttachment::name, Function.identity()));
            final List<CSVRecord> pipeline = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text(files.get("followup-pipeline.csv")))).getRecords();

            assertThat(pipeline).hasSize(1);
            final CSVRecord row = pipeline.get(0);
            assertThat(row.get("company")).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"open\")");
            assertThat(row.get("role")).isEqualTo("'@SUM(1+1)");
            assertThat(row.get("stage")).isNotBlank();
            assertThat(row.get("interview_date")).isEqualTo("2026-03-10 14:00");
            assertThat(row.get("next_step")).isNotBlank();
            assertThat(row.get("next_step_at")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(row.get("last_contact")).isEqualTo("2026-03-10 19:00");
            for (final String name : List.of("followup-pipeline.csv", "followup-interviews.csv")) {
                for (final CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text(files.get(name))))) {
                    assertThat(record.values()).as(name).noneMatch(ExportsTest::startsAFormula);
                }
            }
        }
    }

    @Property
    @Label("any text written as a cell is shown as text: it never starts with =, +, -, @, a tab or a CR, "
            + "and reads back as the text itself after one leading apostrophe at most")
    void cellsNeverStartAFormula(@ForAll final String text) {
        final String cell = SpreadsheetCsv.cell(text);
        assertThat(startsAFormula(cell)).isFalse();
        assertThat(cell.equals(text) || cell.equals("'" + text)).isTrue();
    }

    private static boolean startsAFormula(final String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static String text(final Outbound.FileAttachment file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
