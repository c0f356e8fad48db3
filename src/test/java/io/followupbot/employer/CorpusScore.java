package io.followupbot.employer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the reader over a corpus and prints the share right per field, and each miss: {@code java ...CorpusScore
 * own} or {@code corpus}. A tool for working on the reader; the assertions are in {@link EmployerCorpusTest}.
 */
final class CorpusScore {

    private CorpusScore() {
    }

    public static void main(final String[] args) {
        final String folder = args.length > 0 ? args[0] : "corpus";
        final List<CorpusRow> rows = CorpusRow.load(folder);
        final Map<String, Integer> right = new LinkedHashMap<>();
        final StringBuilder misses = new StringBuilder();
        for (final CorpusRow row : rows) {
            final Map<String, String> actual = row.actual();
            for (final String field : CorpusRow.FIELDS) {
                if (row.right(field, actual.get(field))) {
                    right.merge(field, 1, Integer::sum);
                } else {
                    right.putIfAbsent(field, 0);
                    misses.append(String.format(Locale.ROOT, "MISS %-40s %-12s want [%s] got [%s]%n", row.file(), field,
                            row.expected().get(field), actual.get(field)));
                }
            }
        }
        System.out.print(misses);
        System.out.println("rows: " + rows.size());
        right.forEach((field, count) -> System.out.printf(Locale.ROOT, "%-13s %3d/%d  %5.1f%%%n", field, count, rows.size(),
                100.0 * count / rows.size()));
    }
}
