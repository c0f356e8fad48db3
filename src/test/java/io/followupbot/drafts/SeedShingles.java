package io.followupbot.drafts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Fingerprints of the seed articles: a hash of every run of {@value #RUN} words, normalised. The repository
 * keeps these hashes rather than the articles themselves; a template sentence that shares any run with
 * the seeds was copied. Regenerate after the seeds change:
 * {@code java -cp target/test-classes io.followupbot.drafts.SeedShingles ../shared/domain/seeds > src/test/resources/drafts/seed-shingles.txt}
 */
final class SeedShingles {

    static final int RUN = 8;
    static final String RESOURCE = "/drafts/seed-shingles.txt";
    private static final int HASH_CHARACTERS = 16;

    private SeedShingles() {
    }

    public static void main(final String[] args) throws IOException {
        final Set<String> hashes = new TreeSet<>(ofFolder(Path.of(args[0])));
        System.out.println("# SHA-256 (first 16 hex digits) of every normalised " + RUN
                + "-word run of the seed articles; see SeedShingles.");
        hashes.forEach(System.out::println);
    }

    static Set<String> ofFolder(final Path folder) throws IOException {
        final Set<String> hashes = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (final Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                runs(normalisedWords(Files.readString(file, StandardCharsets.UTF_8))).forEach(run -> hashes.add(hash(run)));
            }
        }
        return hashes;
    }

    static Set<String> stored() throws IOException {
        try (InputStream in = SeedShingles.class.getResourceAsStream(RESOURCE)) {
            final Set<String> hashes = new HashSet<>();
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    hashes.add(line.strip());
                }
            }
            return hashes;
        }
    }

    /** Lower case, typographic quotes made plain, punctuation dropped, one space between words. */
    static List<String> normalisedWords(final String text) {
        final String plain = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split("\\s+"));
    }

    static List<String> runs(final List<String> words) {
        final List<String> runs = new ArrayList<>();
        for (int start = 0; start + RUN <= words.size(); start++) {
            runs.add(String.join(" ", words.subList(start, start + RUN)));
        }
        return runs;
    }

    static String hash(final String run) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARACTERS);
        } catch (final NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
