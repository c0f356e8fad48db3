package io.followupbot.followup;

import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.PlannedStep;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files a spreadsheet opens safely: every cell that a spreadsheet would read as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe,
 * so that a company called {@code =HYPERLINK(...)} stays text (OWASP, "CSV injection").
 */
final class SpreadsheetCsv {

    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SpreadsheetCsv() {
    }

    /** The cell as written: text a spreadsheet shows as it is. */
    static String cell(final Object value) {
        final String text = value == null ? "" : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Writes a header and rows, every cell made safe. */
    static String write(final List<String> header, final List<List<Object>> rows) {
        final StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (final List<Object> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (final IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /**
     * One row per application, what a member looks at in a spreadsheet: company, role, stage, the date of its
     * latest round, how many rounds it has, the next step and when it is due, and the last contact with the employer (a message the member
     * sent or a reply they heard), all in the member's time zone.
     */
    static String pipeline(final List<Tracked> pipeline, final ZoneId zone) {
        final List<List<Object>> rows = new ArrayList<>();
        for (final Tracked tracked : pipeline) {
            final Optional<PlannedStep> next = tracked.plan().next();
            rows.add(List.of(tracked.number(), tracked.stored().interview().company(),
                    tracked.stored().interview().role(), tracked.stored().stage().label(),
                    local(tracked.stored().interview().startsAt(), zone), tracked.stored().roundCount(),
                    next.map(step -> step.describe(tracked.stored().roundCount() > 1)).orElse(""),
                    next.map(step -> local(step.at().toInstant(), zone)).orElse(""),
                    lastContact(tracked).map(at -> local(at, zone)).orElse("")));
        }
        return write(List.of("id", "company", "role", "stage", "interview_date", "rounds", "next_step", "next_step_at",
                "last_contact"), rows);
    }

    private static Optional<Instant> lastContact(final Tracked tracked) {
        return tracked.events().stream()
                .filter(event -> event instanceof InterviewEvent.Sent || event instanceof InterviewEvent.StillDeciding
                        || event instanceof InterviewEvent.Rejected || event instanceof InterviewEvent.Offer)
                .map(InterviewEvent::at)
                .max(Instant::compareTo);
    }

    private static String local(final Instant at, final ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }
}
