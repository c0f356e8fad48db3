package io.followupbot.drafts;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edges of the small text rules: how long is too long, possessives, sentences, phone numbers. */
@DisplayName("Lengths and text, at their edges")
final class LengthAndTextEdgesTest {

    @DisplayName("200-300 words: within, far below (under half the minimum), far above (over one and a half the maximum)")
    @ParameterizedTest(name = "{0} words: within {1}, far below {2}, far above {3}")
    @CsvSource(textBlock = """
            200, true, false, false
            300, true, false, false
            199, false, false, false
            301, false, false, false
            100, false, false, false
            99, false, true, false
            450, false, false, false
            451, false, false, true
            0, false, true, false
            """)
    void wordBounds(final int length, final boolean within, final boolean farBelow, final boolean farAbove) {
        final LengthBounds bounds = LengthBounds.words(200, 300);
        assertThat(bounds.contains(length)).isEqualTo(within);
        assertThat(bounds.farBelow(length)).isEqualTo(farBelow);
        assertThat(bounds.farAbove(length)).isEqualTo(farAbove);
        assertThat(bounds.far(length)).isEqualTo(farBelow || farAbove);
    }

    @Test
    @DisplayName("bounds are described as a member reads them and measured in their own unit")
    void describeAndMeasure() {
        assertThat(LengthBounds.words(200, 300).describe()).isEqualTo("200-300 words");
        assertThat(LengthBounds.characters(0, 299).describe()).isEqualTo("0-299 characters");
        assertThat(LengthBounds.words(1, 5).measure("Dear Ana, thank you.")).isEqualTo(4);
        assertThat(LengthBounds.characters(1, 5).measure("  Dear Ana  ")).isEqualTo(8);
    }

    @Test
    @DisplayName("bounds that cannot be are refused: a negative minimum, a maximum under the minimum")
    void impossibleBounds() {
        assertThat(LengthBounds.words(0, 0).contains(0)).isTrue();
        assertThat(LengthBounds.words(5, 5).contains(5)).isTrue();
        assertThatThrownBy(() -> LengthBounds.words(-1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bounds must satisfy 0 <= min <= max: -1..5");
        assertThatThrownBy(() -> LengthBounds.characters(6, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @DisplayName("the possessive of a name as a careful writer spells it")
    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(textBlock = """
            Acme, Acme's
            Acme Analytics, Acme Analytics'
            SIEMENS, SIEMENS'
            ' Globex ', Globex's
            '', ''
            '   ', ''
            """)
    void possessives(final String name, final String expected) {
        assertThat(Possessives.of(name)).isEqualTo(expected);
    }

    @Test
    @DisplayName("no name has no possessive")
    void noName() {
        assertThat(Possessives.of(null)).isEmpty();
    }

    @Test
    @DisplayName("sentences end at end punctuation, after an emoji and at line breaks; blank ones are dropped")
    void sentences() {
        assertThat(PlainText.sentences("Thank you! It was great.\n\nSee you 🙂 soon? Yes"))
                .containsExactly("Thank you!", "It was great.", "See you 🙂", "soon?", "Yes");
        assertThat(PlainText.sentences("  \n ")).isEmpty();
    }

    @Test
    @DisplayName("a subject line alone leaves nothing; a text without one is kept whole")
    void subjectLine() {
        assertThat(PlainText.withoutSubject("Subject: Thank you")).isEmpty();
        assertThat(PlainText.withoutSubject("  subject: Thanks\nDear Ana")).isEqualTo("Dear Ana");
        assertThat(PlainText.withoutSubject("Dear Ana,\nSubject: the role")).isEqualTo("Dear Ana,\nSubject: the role");
    }

    @Test
    @DisplayName("tidying: spaces before punctuation, repeated spaces, Windows line breaks and extra blank lines")
    void tidy() {
        assertThat(PlainText.tidy("Dear Ana ,\r\n\r\n\r\n\r\nThank  you\t for the call .\r\nBest"))
                .isEqualTo("Dear Ana,\n\nThank you for the call.\nBest");
    }

    @DisplayName("a phone number needs seven digits: six are a code, not a number")
    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(textBlock = """
            'call 555 0142 now', '555 0142'
            'code 123-456 only', ''
            'ref 12 34, then +44 20 7946 0958', '+44 20 7946 0958'
            """)
    void phoneNumbers(final String text, final String expected) {
        assertThat(PhoneNumbers.find(text).orElse("")).isEqualTo(expected);
    }

    @Test
    @DisplayName("a number written without a plus is spoken without one")
    void spokenWithoutPlus() {
        assertThat(PhoneNumbers.spokenSlowly(" 555-0142 ")).isEqualTo("5 5 5, 0 1 4 2");
        assertThat(List.of(PhoneNumbers.spokenSlowly("+1 415"))).containsExactly("plus 1, 4 1 5");
    }
}
