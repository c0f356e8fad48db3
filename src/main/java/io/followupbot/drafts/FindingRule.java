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
    /** A greeting that is a title without a name ("Dear Dr.,"). */
    BARE_TITLE,
    /** A thank-you without anything specific from the conversation. */
    NO_SPECIFIC_DETAIL,
    /** Criticism of a former employer or colleague. */
    CRITICISM,
    /** Personal matters that do not belong in a follow-up. */
    OVERSHARING,
    /** Very long sentences or repeated apologies. */
    OVER_EXPLAINING,
    TOO_SHORT,
    TOO_LONG,
    /** Words a reader trips over: a clause or question dropped into a sentence as typed ("about she described"). */
    UNGRAMMATICAL,
    /** A sign-off ("Kind regards,") with no name under it. */
    NO_SIGNATURE,
    /** A weekday that is not the day of its date ("Monday 10 March 2026", a Tuesday). */
    WRONG_WEEKDAY,
    /** A Saturday or Sunday where a business day is meant ("I will wait until Sunday 20 December"). */
    WEEKEND_DATE,
    /** Past tense about an interview that has not happened yet. */
    WRONG_TENSE,
    /** Meeting in person after a phone interview. */
    WRONG_FORMAT,
    /** Text that stops mid-sentence or ends in "...". */
    CUT_OFF;

    /** The snake-case name used in test data and in the chat: {@code no_specific_detail}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
