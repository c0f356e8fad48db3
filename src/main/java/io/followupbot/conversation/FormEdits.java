package io.followupbot.conversation;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.MemberKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
     * What a form shows before the member types: the interview as it stands now (the decision date is the
     * employer's latest one), by field; empty when the member has no such interview.
     */
    public Map<String, String> current(final MemberKey member, final int number) {
        final Map<String, String> values = new LinkedHashMap<>();
        engine.find(member, number).ifPresent(tracked -> {
            values.put("company", tracked.stored().interview().company());
            values.put("role", tracked.stored().interview().role());
            tracked.decisionDate().map(LocalDate::toString).ifPresent(date -> values.put("decision", date));
            values.put("result", tracked.stored().interview().pastResult());
        });
        return values;
    }

    /**
     * @param as how the platform makes an input of a kind from a text (the member, the channel)
     * @param submitted the form's values by field; empty ones, and those still as the form showed them, are left as
     *                  they are
     */
    public Reply edit(final Function<Inbound.Kind, Function<String, Inbound>> as, final int number,
                      final Map<String, String> submitted) {
        final Function<String, Inbound> message = as.apply(Inbound.Kind.MESSAGE);
        final Map<String, String> shown = current(message.apply("").member(), number);
        Reply reply = engine.handle(as.apply(Inbound.Kind.COMMAND).apply("edit " + number));
        if (!atSummary(reply)) {
            return reply;
        }
        boolean changed = false;
        for (final String field : FIELDS) {
            final String value = submitted.getOrDefault(field, "").strip();
            if (value.isEmpty() || value.equals(shown.getOrDefault(field, "").strip())) {
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
            return Reply.text("Nothing to change: every field was empty or as it was, so #" + number
                    + " stays the same.");
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
