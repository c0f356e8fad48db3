package io.followupbot.employer;

import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of a corpus's expected.csv (file, kind, company, role, at, format, interviewers, decision_by, zone, now)
 * and what the reader makes of its file, field by field. {@code at} is compared as the same instant in the same
 * offset; interviewers as a set; the rest as written. A refused message counts as kind {@code other} with no fields.
 */
record CorpusRow(String folder, String file, Map<String, String> expected, String zone, String now) {

    static final List<String> FIELDS = List.of("kind", "company", "role", "at", "format", "interviewers", "decision_by");

    static List<CorpusRow> load(final String folder) {
        final String csv = new String(bytes(folder + "/expected.csv"), StandardCharsets.UTF_8);
        final List<CorpusRow> rows = new ArrayList<>();
        for (final String line : csv.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("file,")) {
                continue;
            }
            final List<String> cells = cells(line);
            final Map<String, String> expected = new LinkedHashMap<>();
            for (int index = 0; index < FIELDS.size(); index++) {
                expected.put(FIELDS.get(index), cells.get(index + 1));
            }
            rows.add(new CorpusRow(folder, cells.get(0), expected, cells.get(8), cells.get(9)));
        }
        return rows;
    }

    /** The reader's answer for this row, field by field, as the CSV writes it. */
    Map<String, String> actual() {
        final ZoneId memberZone = ZoneId.of(zone);
        final Optional<Instant> moment = now.isEmpty() ? Optional.empty()
                : Optional.of(LocalDateTime.parse(now).atZone(memberZone).toInstant());
        final MessageReading reading = new EmployerMessages(Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), memberZone))
                .read(bytes(folder + "/" + file), file, memberZone, moment);
        final Map<String, String> actual = new LinkedHashMap<>();
        if (reading instanceof MessageReading.Read read) {
            final EmployerMessage message = read.message();
            actual.put("kind", message.kind().wireName());
            actual.put("company", message.company().orElse(""));
            actual.put("role", message.role().orElse(""));
            actual.put("at", message.at().map(at -> at.toOffsetDateTime().toString()).orElse(""));
            actual.put("format", message.format().map(InterviewFormat::name).map(name -> name.toLowerCase(Locale.ROOT)).orElse(""));
            actual.put("interviewers", String.join("|", message.interviewers().stream().map(Interviewer::name).toList()));
            actual.put("decision_by", message.decisionBy().map(Object::toString).orElse(""));
        } else {
            FIELDS.forEach(field -> actual.put(field, field.equals("kind") ? "other" : ""));
        }
        return actual;
    }

    /** Whether the reader's value for {@code field} is the expected one. */
    boolean right(final String field, final String actual) {
        final String wanted = expected.get(field);
        return switch (field) {
            case "at" -> wanted.isEmpty() ? actual.isEmpty() : !actual.isEmpty() && sameMoment(wanted, actual);
            case "interviewers" -> names(wanted).equals(names(actual));
            default -> Objects.equals(wanted, actual);
        };
    }

    private static boolean sameMoment(final String wanted, final String actual) {
        final OffsetDateTime one = OffsetDateTime.parse(wanted);
        final OffsetDateTime two = OffsetDateTime.parse(actual);
        return one.isEqual(two) && one.getOffset().equals(two.getOffset());
    }

    private static Set<String> names(final String list) {
        return list.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(list.split("\\|")));
    }

    private static List<String> cells(final String line) {
        final List<String> cells = new ArrayList<>();
        final StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            final char c = line.charAt(index);
            if (c == '"') {
                if (quoted && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        while (cells.size() < 10) {
            cells.add("");
        }
        return cells;
    }

    static byte[] bytes(final String resource) {
        try (InputStream in = CorpusRow.class.getResourceAsStream("/employer/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource employer/" + resource);
            }
            return in.readAllBytes();
        } catch (final IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
