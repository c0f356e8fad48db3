package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.chat.Outbound;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.TestCore;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ExportsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    @DisplayName("GIVEN an interview with history WHEN exported THEN the CSV parses per RFC 4180, the JSON holds "
            + "everything and the iCalendar file parses with one event per planned step")
    void exportsOpenInOtherPrograms(@TempDir final Path folder) throws Exception {
        final Map<String, Outbound.FileAttachment> files = exportAfter(folder, List.of("ok", "Ana Ruiz | +1 555 0100",
                "Acme, \"Analytics\" Inc.", "Data Analyst", "today 2pm", "video", "Ben Ode, Head of Data; Cleo Park",
                "by Friday", "their dbt move, and\na second line", "hiring", "I cut our reporting time in half", "skip",
                "email", "confirm"), "sent 1 thank_you@Ben_Ode", "heard 1 new-date Wednesday next week");

        final List<CSVRecord> rows = rows(files.get("followup-interviews.csv"));
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

    @Test
    @DisplayName("GIVEN interviews whose names start like formulas WHEN exported THEN the pipeline CSV has one row per "
            + "interview with its stage, next step and last contact, and no cell of either CSV starts a formula")
    void pipelineCsvIsSafeInASpreadsheet(@TempDir final Path folder) throws Exception {
        final Map<String, Outbound.FileAttachment> files = exportAfter(folder, List.of("ok", "Ana Ruiz",
                "=HYPERLINK(\"http://evil.test\",\"open\")", "@SUM(1+1)", "today 2pm", "video", "-Ben Ode", "by Friday",
                "+their dbt move", "skip", "skip", "email", "confirm"), "sent 1 thank_you");
        final List<CSVRecord> pipeline = rows(files.get("followup-pipeline.csv"));

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

    @Property
    @Label("any text written as a cell is shown as text: it never starts with =, +, -, @, a tab or a CR, "
            + "and reads back as the text itself after one leading apostrophe at most")
    void cellsNeverStartAFormula(@ForAll final String text) {
        final String cell = SpreadsheetCsv.cell(text);
        assertThat(startsAFormula(cell)).isFalse();
        assertThat(cell.equals(text) || cell.equals("'" + text)).isTrue();
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        {"step": "thank_you", "to": "Ben Ode"} | step: thank_you; to: Ben Ode
        {"new_date": "2026-03-20"}             | new date: 2026-03-20
        {"draft": {"to": "Ben"}}               | draft: {"to":"Ben"}
        {}                                     | ''
        ''                                     | ''
        "just text"                            | just text
        {not json                              | {not json
        """)
    @DisplayName("an event's details read as key: value pairs, underscores as spaces; text or unreadable details as "
            + "they are")
    void detailsReadAsPairs(final String payload, final String shown) {
        assertThat(Exports.details(payload)).isEqualTo(shown);
    }

    @Test
    @DisplayName("GIVEN a web chat conversation and two interviews, one with an offer and one rejected WHEN exported "
            + "THEN the JSON holds the conversation as said, the pipeline's last contact is the latest reply heard, "
            + "each interview is a calendar event and each follow-up one of a quarter of an hour saying which it is")
    void conversationLastContactAndCalendar(@TempDir final Path folder) throws Exception {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T23:00:00Z"))) {
            final MemberKey key = new MemberKey("web", "local", "ana");
            final Member ana = core.app.members().arrive(new Members.Arrival(key, "Ana", Optional.of(NEW_YORK), ""));
            core.followUps.record(ana, interview("Acme", Instant.parse("2026-03-10T14:00:00Z")));
            core.followUps.record(ana, interview("Globex", Instant.parse("2026-03-10T16:00:00Z")));
            core.followUps.report(ana, 1, new InterviewEvent.Offer(Instant.parse("2026-03-11T15:30:00Z")));
            core.followUps.report(ana, 2, new InterviewEvent.Rejected(Instant.parse("2026-03-12T17:45:00Z")));
            core.followUps.report(ana, 1, new InterviewEvent.Note(Instant.parse("2026-03-13T09:00:00Z"),
                    "a note to myself is no contact"));
            core.app.transcripts().append(ana.id(), Instant.parse("2026-03-10T23:00:00Z").toEpochMilli(), List.of(
                    new Transcripts.Entry("member", "{\"text\": \"list\"}"),
                    new Transcripts.Entry("bot", "{\"text\": \"Your interviews\", \"fields\": [\"Acme\"], "
                            + "\"draft\": {\"body\": \"Thank you\"}, \"buttons\": [\"Show\"]}"),
                    new Transcripts.Entry("nudge", "not json")), false, 0);

            final Map<String, Outbound.FileAttachment> files = files(core.app.exports().export(ana));

            final JsonNode conversation = new ObjectMapper().readTree(text(files.get("followup-data.json")))
                    .at("/conversation");
            assertThat(conversation).hasSize(3);
            assertThat(conversation.get(0).get("from").asText()).isEqualTo("member");
            assertThat(conversation.get(0).get("text").asText()).isEqualTo("list");
            assertThat(conversation.get(0).get("at").asText()).isEqualTo("2026-03-10T23:00:00Z");
            assertThat(conversation.get(0).has("draft")).isFalse();
            assertThat(conversation.get(1).get("fields").get(0).asText()).isEqualTo("Acme");
            assertThat(conversation.get(1).at("/draft/body").asText()).isEqualTo("Thank you");
            assertThat(conversation.get(1).has("buttons")).isFalse();
            assertThat(conversation.get(2).get("text").asText()).isEqualTo("not json");

            final List<CSVRecord> pipeline = rows(files.get("followup-pipeline.csv"));
            assertThat(pipeline).extracting(row -> row.get("last_contact"))
                    .containsExactly("2026-03-11 11:30", "2026-03-12 13:45");
            assertThat(pipeline.get(1).get("next_step")).isNotBlank();

            final JsonNode interview = new ObjectMapper().readTree(text(files.get("followup-data.json")))
                    .at("/interviews/0");
            assertThat(interview.get("length_minutes").asInt()).isEqualTo(45);
            assertThat(interview.get("decision_date").isNull()).isTrue();
            assertThat(interview.get("contact_by").asText()).isEqualTo("email");
            assertThat(interview.at("/planned_steps/0/kind").asText()).isNotBlank();

            final List<VEvent> all = Biweekly.parse(text(files.get("followup-plan.ics"))).first().getEvents();
            assertThat(all).filteredOn(event -> event.getUid().getValue().contains("-round-"))
                    .extracting(event -> event.getSummary().getValue())
                    .containsExactly("Interview - Acme", "Interview - Globex");
            final List<VEvent> events = all.stream()
                    .filter(event -> !event.getUid().getValue().contains("-round-")).toList();
            assertThat(events).isNotEmpty().allSatisfy(event -> {
                assertThat(event.getDateEnd().getValue().getTime() - event.getDateStart().getValue().getTime())
                        .isEqualTo(15 * 60 * 1000L);
                assertThat(event.getDescription().getValue()).matches("Follow-up #[12] for Data Analyst at (Acme|Globex)");
                assertThat(event.getUid().getValue()).matches("followup-[0-9a-f-]+-[A-Za-z0-9#@_-]+");
            });
        }
    }

    private static Interview interview(final String company, final Instant startsAt) {
        return new Interview(company, "Data Analyst", startsAt, Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named("Ben Ode")), Optional.empty(), ContactChannel.EMAIL, startsAt, "");
    }

    /**
     * A new web-chat member on Tuesday 10 March 2026, 19:00 in New York, types {@code answers} after their first
     * command, then {@code commands}, then export: the files the bot sends, by name.
     */
    private static Map<String, Outbound.FileAttachment> exportAfter(final Path folder, final List<String> answers,
                                                                    final String... commands) {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T23:00:00Z"))) {
            final ChatDriver ana = new ChatDriver(core.engine, new MemberKey("web", "local", "ana"), Optional.empty());
            ana.command("");
            answers.forEach(ana::say);
            for (final String command : commands) {
                ana.command(command);
            }
            ana.command("export");
            return ana.files().stream().collect(Collectors.toMap(Outbound.FileAttachment::name, Function.identity()));
        }
    }

    /** A CSV file's rows, by the names in its header. */
    private static List<CSVRecord> rows(final Outbound.FileAttachment csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text(csv))).getRecords();
    }

    private static Map<String, Outbound.FileAttachment> files(final List<Exports.ExportFile> exported) {
        return exported.stream().collect(Collectors.toMap(Exports.ExportFile::name,
                file -> new Outbound.FileAttachment(file.name(), file.mimeType(), file.content())));
    }

    @Test
    @DisplayName("an absent value is an empty cell; a cell starting with a formula character gets one apostrophe")
    void absentValuesAreEmptyCells() {
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
        assertThat(SpreadsheetCsv.cell("")).isEmpty();
        assertThat(SpreadsheetCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCsv.cell("\r")).isEqualTo("'\r");
        assertThat(SpreadsheetCsv.cell("1=1")).isEqualTo("1=1");
    }

    private static boolean startsAFormula(final String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static String text(final Outbound.FileAttachment file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
