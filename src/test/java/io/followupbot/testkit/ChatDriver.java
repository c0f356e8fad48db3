package io.followupbot.testkit;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Reply;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Button;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.conversation.ConversationEngine;
import io.followupbot.interview.MemberKey;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Drives the conversation engine as a member would: slash commands, DMs and button clicks. */
public final class ChatDriver {

    private final ConversationEngine engine;
    private final MemberKey member;
    private final Optional<ZoneId> platformZone;
    private Reply last = Reply.text("");

    public ChatDriver(final ConversationEngine engine, final MemberKey member, final Optional<ZoneId> platformZone) {
        this.engine = engine;
        this.member = member;
        this.platformZone = platformZone;
    }

    /** The member this chat speaks as. */
    public MemberKey key() {
        return member;
    }

    public Reply command(final String text) {
        return remember(new Inbound(member, "Tester", platformZone, "C1", Inbound.Kind.COMMAND, text));
    }

    public Reply say(final String text) {
        return remember(new Inbound(member, "Tester", platformZone, "D1", Inbound.Kind.MESSAGE, text));
    }

    /**
     * A new member's first words: the command with no text, "ok" to keep the time zone the bot proposes, then how to
     * sign their drafts ({@code signature}, or "skip"); the bot's answer to the signature.
     */
    public Reply startAsNewMember(final String signature) {
        command("");
        say("ok");
        return say(signature);
    }

    /** Shares a file in the DM (an employer's email or calendar invite), as an adapter hands it over. */
    public Reply share(final String fileName, final byte[] content) {
        return remember(new Inbound(member, "Tester", platformZone, "D1", Inbound.Kind.MESSAGE, "",
                Optional.of(new Inbound.SharedFile(fileName, content))));
    }

    /** Clicks the button with this label on the last reply; fails the test if there is none. */
    public Reply click(final String label) {
        final List<Button> buttons = last.messages().stream().flatMap(message -> message.buttons().stream()).toList();
        final Button button = buttons.stream().filter(candidate -> candidate.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in: " + buttons));
        return press(button.value());
    }

    /** Sends a button value directly, as a forged or replayed payload would. */
    public Reply press(final String value) {
        return remember(new Inbound(member, "Tester", platformZone, "D1", Inbound.Kind.BUTTON, value));
    }

    public Reply last() {
        return last;
    }

    public String text() {
        return last.plainText();
    }

    public List<Outbound.FileAttachment> files() {
        return last.messages().stream().flatMap(message -> message.files().stream()).toList();
    }

    public void expect(final String fragment) {
        assertThat(text()).contains(fragment);
    }

    private Reply remember(final Inbound inbound) {
        last = engine.handle(inbound);
        return last;
    }
}
