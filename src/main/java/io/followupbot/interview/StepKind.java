package io.followupbot.interview;

import java.util.Optional;

/** The kinds of step a follow-up plan holds, in the order they usually happen. */
public enum StepKind {
    /** An application with no reply after 7 business days: a short check-in to the recruiter or the hiring team. */
    APPLICATION_FOLLOW_UP,
    /** The morning of an interview entered in advance: ask about next steps, note names and details. */
    PREP,
    /** Just after an interview entered in advance: ask for what is only known now (who, what stood out, a date). */
    DEBRIEF,
    /** Thank each interviewer, within 24 hours. */
    THANK_YOU,
    /** Connect on LinkedIn after the thank-you went out. */
    LINKEDIN,
    /** Ask politely for an update. */
    CHECK_IN,
    /** The employer replied: thank them for the update. */
    REPLY_UPDATE,
    /** The employer said no: reply graciously. */
    REPLY_REJECTION,
    /** The employer offered: accept or ask for time, within 24 hours. */
    REPLY_OFFER,
    /** The offer is still unanswered as its 24 hours run out: a reminder with the same drafts. */
    OFFER_REMINDER,
    /** Another offer has a deadline: tell this employer before it. */
    COMPETING_OFFER,
    /** The member is no longer interested: withdraw politely. */
    WITHDRAWAL,
    /** Silence after the last check-in: close the loop, archive, keep applying. */
    MOVE_ON;

    /** What the step is called wherever a person reads it: chat, the web chat, the command line, calendars. */
    public String label() {
        switch (this) {
            case APPLICATION_FOLLOW_UP:
                return "follow-up on the application";
            case PREP:
                return "prepare for the interview";
            case DEBRIEF:
                return "tell me how the interview went";
            case THANK_YOU:
                return "thank-you";
            case LINKEDIN:
                return "LinkedIn connection";
            case CHECK_IN:
                return "status check-in";
            case REPLY_UPDATE:
                return "reply to their update";
            case REPLY_REJECTION:
                return "gracious reply to the rejection";
            case REPLY_OFFER:
                return "reply to the offer";
            case OFFER_REMINDER:
                return "reminder: reply to the offer";
            case COMPETING_OFFER:
                return "tell them about the other offer";
            case WITHDRAWAL:
                return "withdraw politely";
            default:
                return "close the loop and move on";
        }
    }

    /**
     * Whether the step has a deadline of its own (the thank-you within 24 hours, the reply to an offer, telling
     * this employer before the other offer's deadline): of several overdue nudges, these go first.
     */
    public boolean deadlineBound() {
        return this == THANK_YOU || this == REPLY_OFFER || this == OFFER_REMINDER || this == COMPETING_OFFER;
    }

    /**
     * What this kind of step waits for, in words, when it must not come before the member reported another
     * step: the LinkedIn connection waits for that interviewer's thank-you (sent, or skipped at the member's
     * word). Empty for steps that are timed only.
     */
    public Optional<StepKind> waitsFor() {
        return this == LINKEDIN ? Optional.of(THANK_YOU) : Optional.empty();
    }

    /** The snake-case name used in JSON, commands and button payloads: {@code thank_you}. */
    public String key() {
        return EnumKeys.key(this);
    }

    /** The kind a key names, in any case, with hyphens or spaces for underscores. */
    public static Optional<StepKind> fromKey(final String key) {
        return EnumKeys.fromKey(StepKind.class, key);
    }
}
