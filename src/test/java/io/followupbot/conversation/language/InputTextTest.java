package io.followupbot.conversation.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class InputTextTest {

    @Test
    @DisplayName("GIVEN control and invisible format characters WHEN cleaned THEN they are removed and new lines kept")
    void removesControlAndFormatCharacters() {
        final InputText cleaned = InputText.clean("  Ac\u0000me\u202E Co\u200B\n\tLtd\u0007 ", 100);

        assertThat(cleaned.value()).isEqualTo("Acme Co\n Ltd");
        assertThat(cleaned.truncated()).isFalse();
    }

    @Test
    @DisplayName("GIVEN text longer than the limit WHEN cleaned THEN it is cut on a code point and marked as cut")
    void cutsLongTextOnACodePoint() {
        final InputText cleaned = InputText.clean("\uD83D\uDE00".repeat(10), 3);

        assertThat(cleaned.value()).isEqualTo("\uD83D\uDE00".repeat(3));
        assertThat(cleaned.truncated()).isTrue();
        assertThat(cleaned.truncationNote(3)).hasValueSatisfying(note -> assertThat(note).contains("first 3"));
    }

    @Test
    @DisplayName("GIVEN text exactly as long as the limit WHEN cleaned THEN it is kept whole and not marked as cut")
    void textOfTheLimitIsNotCut() {
        final InputText cleaned = InputText.clean("Acme", 4);

        assertThat(cleaned.value()).isEqualTo("Acme");
        assertThat(cleaned.truncated()).isFalse();
        assertThat(cleaned.truncationNote(4)).isEmpty();
    }
}
