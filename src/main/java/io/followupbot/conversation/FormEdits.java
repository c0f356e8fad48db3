package io.followupbot.conversation;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An interview edited in a platform's form (a Slack or Discord modal) goes through the same conversation a
 * member could type: {@code edit 3}, then {@code edit company} and the value for each filled field, then
 * {@code confirm}. A form can therefore do nothing a command could not; if the engine refuses a value, the
 * edit is cancelled and nothing changes.
 */
public final class FormEdits {

    /** The fields an edit form offers, by the word the intake's summary understands, in order. */
    public static final List<String> FIELDS = List.of("company", "role", "decision", "result");

    private final ConversationEngine engine;

    public FormEdits(final ConversationEngine engine) {
        this.engine = engine;
    }

    /**
     * @param as how the platform makes an input of a kind from a text (the member, the channel)
     * @param submitted the form's values by field; empty ones are left as they are
     */
    public Reply edit(final Function<Inbound.Kind, Function<String, Inbound>> as, final int number,
                      final Map<String, String> submitted) {
        final Function<String, Inbound> message = as.apply(Inbound.Kind.MESSAGE);
        Reply reply = engine.handle(as.apply(Inbound.Kind.COMMAND).apply("edit " + number));
        if (!atSummary(reply)) {
            return reply;
        }
        boolean changed = false;
        for (final String field : FIELDS) {
            final String value = submitted.getOrDefault(field, "").strip();
            if (value.isEmpty()) {
                continue;
            }
            engine.handle(message.apply("edit " + field));
            reply = engine.handle(message.apply(value));
            if (!atSummary(reply)) {
                final Reply cancelled = engine.handle(message.apply("cancel"));
                return join(List.of(reply, cancelled));
            }
            changed = true;
        }
        if (!changed) {
            engine.handle(message.apply("cancel"));
            return Reply.text("Nothing to change: every field was empty, so #" + number + " is as it was.");
        }
        return engine.handle(message.apply("confirm"));
    }

    private static boolean atSummary(final Reply reply) {
        return reply.messages().stream().anyMatch(message -> message.buttons().stream()
                .anyMatch(button -> button.value().equals("confirm")));
    }

    private static Reply join(final List<Reply> replies) {
        final List<Outbound> messages = new ArrayList<>();
        replies.forEach(reply -> messages.addAll(reply.messages()));
        return new Reply(messages, true, false);
    }
}
