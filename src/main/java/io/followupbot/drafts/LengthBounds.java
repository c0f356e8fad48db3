package io.followupbot.drafts;

import io.followupbot.interview.EnumKeys;

/**
 * How long a draft of one kind should be (rules, section 3). The checker only complains when a text
 * is far outside these bounds; see {@link #far(int)}.
 */
public record LengthBounds(Unit unit, int min, int max) {

    /** What a bound counts. */
    public enum Unit {
        WORDS,
        CHARACTERS;

        /** The unit in words: {@code words}, {@code characters}. */
        public String label() {
            return EnumKeys.key(this);
        }
    }

    public LengthBounds {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max: " + min + ".." + max);
        }
    }

    public static LengthBounds words(final int min, final int max) {
        return new LengthBounds(Unit.WORDS, min, max);
    }

    public static LengthBounds characters(final int min, final int max) {
        return new LengthBounds(Unit.CHARACTERS, min, max);
    }

    /** Words or characters of {@code text}, whichever this bound counts. */
    public int measure(final String text) {
        return unit == Unit.WORDS ? PlainText.wordCount(text) : text.strip().length();
    }

    public boolean contains(final int length) {
        return length >= min && length <= max;
    }

    /** Far too short: under half the minimum. */
    public boolean farBelow(final int length) {
        return length * 2 < min;
    }

    /** Far too long: over one and a half times the maximum. */
    public boolean farAbove(final int length) {
        return length * 2 > max * 3;
    }

    /** True when {@code length} is far outside these bounds in either direction. */
    public boolean far(final int length) {
        return farBelow(length) || farAbove(length);
    }

    public String describe() {
        return min + "-" + max + " " + unit.label();
    }
}
