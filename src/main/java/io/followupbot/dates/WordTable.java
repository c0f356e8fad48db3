package io.followupbot.dates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table of words and what each stands for, kept as data on the class path ({@code /words/typos.txt},
 * {@code /words/shorthand.txt}): one pair a line, the word, one space, then what it stands for (which may have spaces).
 */
public final class WordTable {

    private WordTable() {
    }

    /** The table in {@code resource}; a word listed twice is a mistake in the file and fails the read. */
    public static Map<String, String> read(final String resource) {
        try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split(" ", 2))
                    .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));
        } catch (final IOException unreadable) {
            throw new UncheckedIOException("cannot read " + resource, unreadable);
        }
    }
}
