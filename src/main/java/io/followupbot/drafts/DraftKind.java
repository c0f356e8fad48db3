package io.followupbot.drafts;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.EnumKeys;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.StepKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The messages the bot can draft, each with its channel and its expected length (rules, section 3). */
public enum DraftKind {
    /** A short check-in on an application with no reply after 7 business days, to the recruiter or hiring team. */
    APPLICATION_FOLLOW_UP(true, LengthBounds.words(40, 130)),
    THANK_YOU_SHORT(true, LengthBounds.words(50, 150)),
    THANK_YOU_FULL(true, LengthBounds.words(200, 300)),
    /** A thank-you written days after the interview: short, and honest that it is late. */
    THANK_YOU_LATE(true, LengthBounds.words(40, 130)),
    /** The optional card mailed within a few days, which suits traditional industries: short and specific. */
    HANDWRITTEN_NOTE(false, LengthBounds.words(30, 100)),
    CHECK_IN(true, LengthBounds.words(50, 150)),
    FINAL_CHECK_IN(true, LengthBounds.words(40, 150)),
    /** About 30 seconds spoken. */
    VOICEMAIL(false, LengthBounds.words(60, 90)),
    /** LinkedIn refuses connection notes of 300 characters or more. */
    LINKEDIN_NOTE(false, LengthBounds.characters(60, 299)),
    REPLY_UPDATE(true, LengthBounds.words(30, 120)),
    REPLY_REJECTION(true, LengthBounds.words(40, 150)),
    OFFER_ACCEPT(true, LengthBounds.words(40, 150)),
    OFFER_ASK_TIME(true, LengthBounds.words(40, 150)),
    COMPETING_OFFER(true, LengthBounds.words(50, 150)),
    WITHDRAWAL(true, LengthBounds.words(30, 120)),
    /** The optional closing-the-loop note after the last unanswered check-in. */
    MOVE_ON(true, LengthBounds.words(40, 150)),
    /** An optional note sharing an article, idea or company news linked to the conversation. */
    VALUE_ADD(true, LengthBounds.words(40, 150));

    private final boolean email;
    private final LengthBounds bounds;

    DraftKind(final boolean email, final LengthBounds bounds) {
        this.email = email;
        this.bounds = bounds;
    }

    /** True for emails, which have a subject line; false for a voicemail script, a LinkedIn note or a card. */
    public boolean isEmail() {
        return email;
    }

    public LengthBounds bounds() {
        return bounds;
    }

    /** A thank-you (by email or on a card), which must carry a specific detail from the conversation. */
    public boolean isThankYou() {
        return this == THANK_YOU_SHORT || this == THANK_YOU_FULL || this == THANK_YOU_LATE || this == HANDWRITTEN_NOTE;
    }

    /** A status check-in by any channel: its timing is checked against the decision date and the last one. */
    public boolean isCheckIn() {
        return this == CHECK_IN || this == FINAL_CHECK_IN || this == VOICEMAIL;
    }

    /** One message per interviewer rather than one for the whole process. */
    public boolean isPerInterviewer() {
        return isThankYou() || this == LINKEDIN_NOTE;
    }

    /** The snake-case name used for template files, commands and button payloads: {@code thank_you_full}. */
    public String key() {
        return EnumKeys.key(this);
    }

    /** The kind a key names, in any case, with hyphens or spaces for underscores. */
    public static Optional<DraftKind> fromKey(final String key) {
        return EnumKeys.fromKey(DraftKind.class, key);
    }

    /**
     * The drafts a nudge for {@code step} offers, the usual choice first.
     *
     * @param lastCheckIn whether a check-in is the final one of the member's cadence
     * @param channel how the employer prefers to be contacted; a phone-preferring employer also gets a
     *     voicemail script for check-ins
     */
    public static List<DraftKind> offeredFor(final StepKind step, final boolean lastCheckIn,
            final ContactChannel channel) {
        return switch (step) {
            case PREP, DEBRIEF -> List.of();
            case APPLICATION_FOLLOW_UP -> List.of(APPLICATION_FOLLOW_UP);
            // the late variant is offered instead of the other two when the thank-you is days late (the nudge knows)
            case THANK_YOU -> List.of(THANK_YOU_SHORT, THANK_YOU_FULL, THANK_YOU_LATE);
            // the card comes once the thank-you is out, like the LinkedIn connection
            case LINKEDIN -> List.of(LINKEDIN_NOTE, HANDWRITTEN_NOTE);
            case CHECK_IN -> checkIns(lastCheckIn, channel);
            case REPLY_UPDATE -> List.of(REPLY_UPDATE);
            case REPLY_REJECTION -> List.of(REPLY_REJECTION);
            case REPLY_OFFER, OFFER_REMINDER -> List.of(OFFER_ACCEPT, OFFER_ASK_TIME);
            case COMPETING_OFFER -> List.of(COMPETING_OFFER);
            case WITHDRAWAL -> List.of(WITHDRAWAL);
            case MOVE_ON -> List.of(MOVE_ON);
        };
    }

    /**
     * The drafts a nudge for {@code step} of this interview offers. Besides the employer's preferred channel, a
     * process that has been by phone so far (a phone interview) also gets the voicemail script for check-ins,
     * after the email (rules, section 2).
     */
    public static List<DraftKind> offeredFor(final StepKind step, final boolean lastCheckIn, final Interview interview) {
        if (step == StepKind.MOVE_ON && interview.format() == InterviewFormat.APPLICATION) {
            // closing the loop suits a process with conversations; an unanswered application is simply let go
            return List.of();
        }
        final List<DraftKind> kinds = new ArrayList<>(offeredFor(step, lastCheckIn, interview.channel()));
        if (step == StepKind.CHECK_IN && interview.format() == InterviewFormat.PHONE && !kinds.contains(VOICEMAIL)) {
            kinds.add(1, VOICEMAIL);
        }
        return List.copyOf(kinds);
    }

    private static List<DraftKind> checkIns(final boolean lastCheckIn, final ContactChannel channel) {
        final List<DraftKind> kinds = new ArrayList<>();
        if (channel == ContactChannel.PHONE) {
            kinds.add(VOICEMAIL);
        }
        kinds.add(lastCheckIn ? FINAL_CHECK_IN : CHECK_IN);
        if (!lastCheckIn) {
            kinds.add(VALUE_ADD);
        }
        return List.copyOf(kinds);
    }
}
