package io.followupbot.chat;

import io.followupbot.interview.MemberKey;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a member did, as an adapter hands it to the engine: typed a slash command, wrote a message, or
 * clicked a button. A button's value is itself a command line ({@code sent 3 thank_you}), so every button
 * is also something a member could type, and is checked the same way.
 *
 * @param platformZone the member's time zone where the platform knows it (Slack's users.info)
 * @param channel where the member wrote, so the bot can reach them there if DMs fail
 * @param file a file the member shared with the message (an employer's email or calendar invite)
 */
public record Inbound(MemberKey member, String displayName, Optional<ZoneId> platformZone, String channel,
                      Kind kind, String text, Optional<SharedFile> file) {

    /** A file as the member shared it: its name (its ending says what it is) and its bytes. */
    public record SharedFile(String name, byte[] content) {
        public SharedFile {
            name = name == null ? "" : name;
            Objects.requireNonNull(content, "content");
        }
    }

    public Inbound(final MemberKey member, final String displayName, final Optional<ZoneId> platformZone,
                   final String channel, final Kind kind, final String text) {
        this(member, displayName, platformZone, channel, kind, text, Optional.empty());
    }

    /** How the input arrived. */
    public enum Kind {
        /** {@code /followup <text>}; an empty text means a bare {@code /followup}. */
        COMMAND,
        /** A direct message to the bot. */
        MESSAGE,
        /** A click on one of the bot's buttons; {@code text} is the button's value. */
        BUTTON
    }

    public Inbound {
        Objects.requireNonNull(member, "member");
        displayName = displayName == null ? "" : displayName;
        platformZone = platformZone == null ? Optional.empty() : platformZone;
        channel = channel == null ? "" : channel;
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : MemberText.clean(text);
        displayName = MemberText.clean(displayName);
        file = file == null ? Optional.empty() : file;
    }

    public static Inbound command(final MemberKey member, final String text) {
        return new Inbound(member, "", Optional.empty(), "", Kind.COMMAND, text);
    }

    public static Inbound message(final MemberKey member, final String text) {
        return new Inbound(member, "", Optional.empty(), "", Kind.MESSAGE, text);
    }

    /** A file shared in the member's DM, with the words typed beside it (if any). */
    public static Inbound file(final MemberKey member, final String text, final SharedFile file) {
        return new Inbound(member, "", Optional.empty(), "", Kind.MESSAGE, text, Optional.of(file));
    }

    public static Inbound button(final MemberKey member, final String value) {
        return new Inbound(member, "", Optional.empty(), "", Kind.BUTTON, value);
    }
}
