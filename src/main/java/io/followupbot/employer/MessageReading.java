package io.followupbot.employer;

import java.util.Objects;

/** What {@link EmployerMessages#read} made of what the member brought: a message read, or a reason it can't be. */
public sealed interface MessageReading {

    /** The message, read; nothing is stored: the member confirms or corrects first. */
    record Read(EmployerMessage message) implements MessageReading {
        public Read {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Nothing to read: too large, not text, empty, or broken beyond reading.
     *
     * @param reason one sentence in the bot's words that the chat can show as it is
     */
    record Refused(String reason) implements MessageReading {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
