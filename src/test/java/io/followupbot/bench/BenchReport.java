package io.followupbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Prints a figure as {@code BENCH <name> <value> <unit>} and keeps it in target/bench/results.txt for the summary. */
public final class BenchReport {

    private static final Path RESULTS = Path.of("target", "bench", "results.txt");

    private BenchReport() {
    }

    public static void figure(final String name, final double value, final String unit) {
        final String line = String.format(Locale.ROOT, "BENCH %s %s %s", name,
                value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value), unit);
        System.out.println(line);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (final IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
