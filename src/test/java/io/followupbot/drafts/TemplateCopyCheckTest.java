package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts carry over from the seed articles; their wording must not (rules, introduction). */
@DisplayName("Built-in templates are worded in our own words")
final class TemplateCopyCheckTest {

    private static final Path SEEDS = Path.of(System.getProperty("followupbot.seeds", "../shared/domain/seeds"));
    private static Set<String> seedRuns;

    @BeforeAll
    static void loadFingerprints() throws IOException {
        seedRuns = SeedShingles.stored();
    }

    @Test
    @DisplayName("no sentence of 8 or more words of any built-in draft shares a run of 8 words with the seeds")
    void noBuiltInSentenceSharesARunWithTheSeeds() throws IOException {
        // GIVEN every sentence the built-in templates can produce, filled and unfilled
        final List<String> sentences = builtInSentences();
        // WHEN each long sentence is compared with the seed fingerprints
        final List<String> copied = sentences.stream().filter(TemplateCopyCheckTest::sharesARunWithTheSeeds).toList();
        // THEN none was copied
        assertThat(sentences).hasSizeGreaterThan(80);
        assertThat(copied).isEmpty();
    }

    @Test
    @DisplayName("the check does catch a sentence lifted from a seed article")
    void theCheckCatchesALiftedSentence() {
        // GIVEN a sentence from a seed article, with different case and punctuation
        final String lifted = "avoid sending multiple emails in quick succession as this may come across as PUSHY";
        // WHEN it is compared THEN it is caught, while our own wording is not
        assertThat(sharesARunWithTheSeeds(lifted)).isTrue();
        assertThat(sharesARunWithTheSeeds("I am writing to follow up on my video interview for the role")).isFalse();
    }

    @Test
    @DisplayName("the stored fingerprints match the seed articles and no sentence appears verbatim in them")
    void storedFingerprintsMatchTheSeeds() throws IOException {
        // GIVEN the seed articles: beside every checkout on a project machine and in CI (../shared), or named with
        // -Dfollowupbot.seeds=DIR; without them this fails and says where they were looked for, it never skips
        assertThat(SEEDS).as("the seed articles (../shared/domain/seeds beside the checkout, or -Dfollowupbot.seeds=DIR)")
                .isDirectory();
        // WHEN fingerprints are recomputed and every template sentence is searched in the raw text
        final String seedText;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seedText = String.join(" ", SeedShingles.normalisedWords(files.sorted().map(TemplateCopyCheckTest::read)
                    .collect(Collectors.joining("\n"))));
        }
        final List<String> verbatim = builtInSentences().stream()
                .map(sentence -> String.join(" ", SeedShingles.normalisedWords(sentence)))
                .filter(sentence -> sentence.split(" ").length >= SeedShingles.RUN)
                .filter(seedText::contains).toList();
        // THEN the stored fingerprints are current and nothing was copied
        assertThat(SeedShingles.ofFolder(SEEDS)).isEqualTo(seedRuns);
        assertThat(verbatim).isEmpty();
    }

    private static boolean sharesARunWithTheSeeds(final String sentence) {
        return SeedShingles.runs(SeedShingles.normalisedWords(sentence)).stream()
                .map(SeedShingles::hash).anyMatch(seedRuns::contains);
    }

    /** Rendered drafts of every kind (full and sparse), and each template's literal text between tags. */
    private static List<String> builtInSentences() throws IOException {
        final DraftRenderer renderer = DraftRenderer.builtIn();
        final List<String> sentences = new ArrayList<>();
        for (final DraftKind kind : DraftKind.values()) {
            sentences.addAll(PlainText.sentences(renderer.render(kind, SampleInterviews.fullContext(kind)).text()));
            sentences.addAll(PlainText.sentences(renderer.render(kind, SampleInterviews.sparseContext(kind)).text()));
            try (InputStream in = TemplateCopyCheckTest.class.getResourceAsStream("/drafts/" + kind.key() + ".mustache")) {
                final String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                sentences.addAll(PlainText.sentences(template.replaceAll("\\{\\{[^}]*\\}\\}", "\n")));
            }
        }
        return sentences.stream().filter(sentence -> SeedShingles.normalisedWords(sentence).size() >= SeedShingles.RUN)
                .distinct().toList();
    }

    private static String read(final Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (final IOException problem) {
            throw new UncheckedIOException(problem);
        }
    }
}
