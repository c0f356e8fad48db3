package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A long message on Discord is sent in parts: each within Discord's 2,000 characters, cut only between words, every
 * code block closed at the end of a part and reopened at the start of the next, and nothing lost or added between
 * the words.
 */
class DiscordSplitPropertiesTest {

    @Property(tries = 300)
    @Label("parts fit, are cut between words, keep their code fences balanced, hold no empty code block and lose no "
            + "word")
    void partsFitAndKeepEveryWord(@ForAll("views") final String content) {
        final List<String> parts = DiscordMessages.split(content);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isBetween(1, DiscordMessages.MAX_CONTENT);
            assertThat(part.lines().filter(line -> line.strip().startsWith("```")).count() % 2).as(part).isZero();
            assertThat(part).as("a part that is only a reopened, empty code block").doesNotStartWith("```\n```");
        });
        assertThat(words(String.join("\n", parts).replace("```", " "))).isEqualTo(words(content.replace("```", " ")));
    }

    @Provide
    Arbitrary<String> views() {
        final Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(14);
        final Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(400).map(words -> String.join(" ", words));
        final Arbitrary<String> block = Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(true, false)).as((lines, fenced) -> {
                    final List<String> all = new ArrayList<>(lines);
                    if (fenced) {
                        all.add(0, "```");
                        all.add("```");
                    }
                    return String.join("\n", all);
                });
        return block.list().ofMinSize(1).ofMaxSize(5).map(blocks -> String.join("\n", blocks).strip())
                .filter(text -> !text.isEmpty());
    }

    private static List<String> words(final String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
