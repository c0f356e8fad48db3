package io.followupbot.interview;

/**
 * How long each thing a member types may be, defined once for the intake, the commands, every form and every
 * platform's modal. A longer answer is cut at the limit, never refused; the limits keep a draft within the
 * length a reader finishes and within what each platform's form accepts.
 */
public final class TextLimits {

    /** A company, a role, a person's name or title, the member's own name. */
    public static final int NAME = 200;
    /** A past result: one or two sentences, so the whole thank-you stays within its length. */
    public static final int RESULT = 400;
    /** A detail, an addition, or the member's signature. */
    public static final int LONG_TEXT = 500;

    private TextLimits() {
    }

    /** The text cut to at most {@code max} characters, without trailing spaces left by the cut. */
    public static String cap(final String text, final int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
