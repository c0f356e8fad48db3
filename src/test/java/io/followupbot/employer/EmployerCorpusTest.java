package io.followupbot.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader over two corpora of employers' messages: {@code employer/corpus/} (74 messages written by someone who had
 * not read the reader: ATS mail, scheduling tools, calendar clients' invites, forwards, every kind, many zones) and
 * {@code employer/own/}. Every field of every row is asserted; a field the reader cannot get right is listed with its
 * reason in the corpus's known-misses.csv, and is asserted to be still wrong (a fixed one must leave the list). A
 * start time is never invented: where the row has none, the reader gives none, and a known miss of "at" is no time.
 */
final class EmployerCorpusTest {

    static Stream<CorpusRow> rows() {
        return Stream.concat(CorpusRow.load("corpus").stream(), CorpusRow.load("own").stream());
    }

    @DisplayName("GIVEN a message of the corpus WHEN the reader reads it THEN every field is the expected one, known misses aside")
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyField(final CorpusRow row) {
        // GIVEN the row's message, the member's zone and the moment it is read
        final Map<String, String> known = knownMisses(row.folder()).getOrDefault(row.file(), Map.of());

        // WHEN the reader reads it
        final Map<String, String> actual = row.actual();

        // THEN each field is right, or a known miss that is still a miss; and no start time is made up
        final SoftAssertions softly = new SoftAssertions();
        for (final String field : CorpusRow.FIELDS) {
            if (known.containsKey(field)) {
                softly.assertThat(row.right(field, actual.get(field))).as("%s is a known miss (%s); remove it from the list",
                        field, known.get(field)).isFalse();
            } else {
                softly.assertThat(row.right(field, actual.get(field))).as("%s: expected [%s], read [%s]", field,
                        row.expected().get(field), actual.get(field)).isTrue();
            }
        }
        if (row.expected().get("at").isEmpty() || known.containsKey("at")) {
            softly.assertThat(actual.get("at")).as("a start time where the message gives none").isEmpty();
        }
        softly.assertAll();
    }

    @DisplayName("GIVEN the known misses THEN each names a row and a field of the corpus, with a reason")
    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void knownMissesAreRows(final String folder) {
        final List<String> files = CorpusRow.load(folder).stream().map(CorpusRow::file).toList();
        knownMisses(folder).forEach((file, fields) -> {
            assertThat(files).contains(file);
            assertThat(CorpusRow.FIELDS).containsAll(fields.keySet());
            assertThat(fields.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        });
    }

    static Stream<String> folders() {
        return Stream.of("corpus", "own");
    }

    /** file -> field -> reason, from the folder's known-misses.csv (none when the folder has no such file). */
    static Map<String, Map<String, String>> knownMisses(final String folder) {
        final Map<String, Map<String, String>> misses = new HashMap<>();
        if (CorpusRow.class.getResource("/employer/" + folder + "/known-misses.csv") == null) {
            return misses;
        }
        final String csv = new String(CorpusRow.bytes(folder + "/known-misses.csv"), StandardCharsets.UTF_8);
        for (final String line : csv.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("file,")) {
                continue;
            }
            final String[] cells = line.split(",", 3);
            misses.computeIfAbsent(cells[0], file -> new HashMap<>()).put(cells[1], cells[2].replaceAll("^\"|\"$", ""));
        }
        return misses;
    }
}
