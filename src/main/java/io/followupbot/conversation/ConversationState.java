package io.followupbot.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.followupbot.conversation.intake.IntakeNotes;
import io.followupbot.conversation.intake.IntakeQuestion;

/**
 * Where a member's conversation with the bot stands. The whole state machine is the set of these states
 * and the transitions {@link ConversationEngine} makes between them; each state is small, immutable and
 * written through to the store, so a restart resumes exactly where the member was.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "state")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ConversationState.Idle.class, name = "idle"),
        @JsonSubTypes.Type(value = ConversationState.Onboarding.class, name = "onboarding"),
        @JsonSubTypes.Type(value = ConversationState.Intake.class, name = "intake"),
        @JsonSubTypes.Type(value = ConversationState.AwaitingReply.class, name = "awaiting_reply"),
        @JsonSubTypes.Type(value = ConversationState.AwaitingNewDate.class, name = "awaiting_new_date"),
        @JsonSubTypes.Type(value = ConversationState.AwaitingDeadline.class, name = "awaiting_deadline"),
        @JsonSubTypes.Type(value = ConversationState.ConfirmingForget.class, name = "confirming_forget")})
public sealed interface ConversationState {

    /** When the state was entered (epoch millis), for expiry. */
    long since();

    /** Nothing in progress: the member types commands. */
    record Idle(long since) implements ConversationState {
    }

    /** The one-time questions before a first interview: time zone, then the name and contact line to sign with. */
    record Onboarding(long since, OnboardingQuestion question) implements ConversationState {
    }

    /** The intake of an interview (or the edit of a stored one), at one question. */
    record Intake(long since, IntakeQuestion question, int detailIndex, boolean backToSummary, IntakeNotes draft)
            implements ConversationState {
    }

    /** After "heard": which kind of reply came from the employer. */
    record AwaitingReply(long since, int number) implements ConversationState {
    }

    /** After "they're still deciding, with a new date": which date. */
    record AwaitingNewDate(long since, int number) implements ConversationState {
    }

    /** After "I have another offer": the other offer's deadline. */
    record AwaitingDeadline(long since, int number) implements ConversationState {
    }

    /** After "forget-me": waiting for the member to confirm. */
    record ConfirmingForget(long since) implements ConversationState {
    }

    /** The onboarding questions. */
    enum OnboardingQuestion {
        ZONE,
        NAME
    }
}
