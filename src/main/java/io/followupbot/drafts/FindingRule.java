package io.followupbot.drafts;

import java.util.Locale;

/** The mistakes the checker looks for before a member sends a draft (rules, section 4). */
public enum FindingRule {
    /** A check-in on or before the day the employer said they would decide. */
    CHECK_IN_TOO_EARLY,
    /** A check-in less than seven days after the previous one. */
    CHECK_IN_TOO_SOON,
    /** Demands for a decision, ultimatums, impatience. */
    PUSHY,
    /** Slang and chat shorthand. */
    INFORMAL,
    EMOJI,
    /** More than one exclamation mark. */
    EXCLAMATIONS,
    /** A template gap nobody filled: [Company], &lt;name&gt;, {{x}}, XX, TODO. */
    PLACEHOLDER,
    TYPO,
    /** A thank-you or check-in that never names the company. */
    MISSING_COMPANY,
    /** Another company the member applied to is named. */
    WRONG_COMPANY,
    /** The greeting names someone who did not interview the member. */
    WRONG_NAME,
    /** A thank-you without anything specific from the conversation. */
    NO_SPECIFIC_DETAIL,
    /** Criticism of a former employer or colleague. */
    CRITICISM,
    /** Personal matters that do not belong in a follow-up. */
    OVERSHARING,
    /** Very long sentences or repeated apologies. */
    OVER_EXPLAINING,
    TOO_SHORT,
    TOO_LONG;

    /** The snake-case name used in test data and in the chat: {@code no_specific_detail}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
