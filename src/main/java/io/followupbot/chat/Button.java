package io.followupbot.chat;

import java.util.Objects;

/**
 * A button under a bot message. {@code value} is the command line it stands for ({@code sent 3 thank_you}).
 *
 * @param primary whether it is the action the bot suggests
 */
public record Button(String label, String value, boolean primary) {

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public static Button of(final String label, final String value) {
        return new Button(label, value, false);
    }

    public static Button primary(final String label, final String value) {
        return new Button(label, value, true);
    }
}
