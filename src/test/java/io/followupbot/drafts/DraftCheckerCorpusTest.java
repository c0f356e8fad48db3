package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@DisplayName("DraftChecker on the corpus of bad (and a few good) drafts")
final class DraftCheckerCorpusTest {

    private static final String CORPUS = "/drafts/bad-drafts.txt";
    private static final LocalDate DEFAULT_SEND_DATE = LocalDate.of(2026, 3, 16);

    private final DraftChecker checker = new DraftChecker();

    @TestFactory
    @DisplayName("each draft is flagged with exactly the expected rules")
    Stream<DynamicTest> eachDraftIsFlaggedWithExactlyTheExpectedRules() throws IOException {
        return corpus().stream().map(sample -> DynamicTest.dynamicTest(sample.title(), () -> {
            // GIVEN a draft from the corpus and its context
            // WHEN it is checked
            final List<Finding> findings = checker.check(sample.text(), sample.context());
            // THEN exactly the expected rules fire, each with a reason and a suggestion
            assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrderElementsOf(sample.expected());
            assertThat(findings).allSatisfy(finding -> {
                assertThat(finding.reason()).isNotBlank();
                assertThat(finding.suggestion()).isNotBlank();
            });
        }));
    }

    @Test
    @DisplayName("the corpus covers every rule at least once")
    void theCorpusCoversEveryRule() throws IOException {
        // GIVEN the corpus
        final Set<FindingRule> covered = EnumSet.noneOf(FindingRule.class);
        // WHEN the expected rules of all its drafts are collected
        corpus().forEach(sample -> covered.addAll(sample.expected()));
        // THEN no rule goes untested
        assertThat(covered).containsExactlyInAnyOrder(FindingRule.values());
    }

    private record Sample(String title, CheckContext context, Set<FindingRule> expected, String text) {
    }

    private static List<Sample> corpus() throws IOException {
        final String content;
        try (InputStream in = DraftCheckerCorpusTest.class.getResourceAsStream(CORPUS)) {
            assertThat(in).as(CORPUS).isNotNull();
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        final List<Sample> samples = new ArrayList<>();
        for (final String block : content.split("(?m)^=== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            samples.add(parse(block));
        }
        return samples;
    }

    private static Sample parse(final String block) {
        final int titleEnd = block.indexOf('\n');
        final String title = block.substring(0, titleEnd).strip();
        final int separator = block.indexOf("\n---\n");
        final Map<String, String> keys = new HashMap<>();
        for (final String line : block.substring(titleEnd + 1, separator).split("\n")) {
            if (!line.isBlank()) {
                final int colon = line.indexOf(':');
                keys.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        final String text = block.substring(separator + 5).replaceAll("(?m)^#.*\\n?", "").strip();
        return new Sample(title, context(keys), expected(keys.getOrDefault("expect", "none")), text);
    }

    private static CheckContext context(final Map<String, String> keys) {
        CheckContext context = CheckContext.freeText(Optional.ofNullable(keys.get("send")).map(LocalDate::parse)
                .orElse(DEFAULT_SEND_DATE));
        final Optional<DraftKind> kind = DraftKind.fromKey(keys.getOrDefault("kind", "free"));
        if (kind.isPresent()) {
            context = context.withKind(kind.get());
        }
        final String interviewName = keys.getOrDefault("interview", "full");
        final Optional<Interview> interview = switch (interviewName) {
            case "full" -> Optional.of(SampleInterviews.full());
            case "sparse" -> Optional.of(SampleInterviews.sparse());
            case "phone" -> Optional.of(SampleInterviews.phone());
            case "none" -> Optional.empty();
            default -> throw new IllegalArgumentException("unknown interview " + interviewName);
        };
        if (interview.isPresent()) {
            context = context.withInterview(interview.get());
        }
        if (keys.containsKey("to")) {
            final String to = keys.get("to").toLowerCase(Locale.ROOT);
            final Interviewer recipient = interview.orElseThrow().interviewers().stream()
                    .filter(person -> person.firstName().toLowerCase(Locale.ROOT).equals(to)).findFirst().orElseThrow();
            context = context.withRecipient(recipient);
        }
        if (keys.containsKey("decision")) {
            context = context.withDecisionDate(LocalDate.parse(keys.get("decision")));
        }
        if (keys.containsKey("last")) {
            context = context.withLastCheckIn(LocalDate.parse(keys.get("last")));
        }
        if (keys.containsKey("others")) {
            context = context.withOtherCompanies(Arrays.stream(keys.get("others").split(","))
                    .map(String::strip).collect(Collectors.toSet()));
        }
        return context;
    }

    private static Set<FindingRule> expected(final String list) {
        if (list.equals("none")) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip)
                .map(key -> FindingRule.valueOf(key.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
    }
}
