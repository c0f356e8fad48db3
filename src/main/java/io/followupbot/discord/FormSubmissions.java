package io.followupbot.discord;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.conversation.FormEdits;
import io.followupbot.interview.MemberSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a submitted form into the same engine commands a member could type, so a form can do nothing a
 * command could not. Editing walks the intake's summary ({@code edit 3}, {@code edit company}, the value,
 * ..., {@code confirm}); if the engine refuses a value the edit is cancelled and nothing changes.
 * Settings become one {@code settings <key> <value>} per changed field.
 */
final class FormSubmissions {

    private final ConversationEngine engine;

    FormSubmissions(final ConversationEngine engine) {
        this.engine = engine;
    }

    Reply edit(final Function<Inbound.Kind, Function<String, Inbound>> as, final int number,
               final Map<String, String> submitted) {
        return new FormEdits(engine).edit(as, number, submitted);
    }

    /** The interview as it stands now, by field, for the edit form to show. */
    Map<String, String> current(final String userId, final int number) {
        return new FormEdits(engine).current(DiscordMembers.key(userId), number);
    }

    Reply settings(final Function<String, Inbound> command, final Optional<MemberSettings> current,
                   final Map<String, String> submitted) {
        final Map<String, String> before = current.map(Forms::values).orElseGet(Map::of);
        final List<Reply> problems = new ArrayList<>();
        Reply last = null;
        for (final String field : Forms.SETTINGS_FIELDS.keySet()) {
            final String value = submitted.getOrDefault(field, "").strip();
            if (value.isEmpty() || value.equals(before.getOrDefault(field, ""))) {
                continue;
            }
            final List<String> lines = new ArrayList<>();
            if (field.equals("hours")) {
                final String[] parts = value.split("\\s*[,;]\\s*|\\s+(?=\\d{1,2}(?::\\d{2})?\\s*-)", 2);
                final String[] old = before.getOrDefault(field, "").split("\\s*,\\s*", 2);
                if (!parts[0].equals(old[0])) {
                    lines.add("settings nudge-hour " + parts[0]);
                }
                if (parts.length > 1 && (old.length < 2 || !parts[1].equals(old[1]))) {
                    lines.add("settings quiet " + parts[1]);
                }
            } else {
                lines.add("settings " + field + " " + value);
            }
            for (final String line : lines) {
                final Reply reply = engine.handle(command.apply(line.strip()));
                if (saved(reply)) {
                    last = reply;
                } else {
                    problems.add(reply);
                }
            }
        }
        if (last == null && problems.isEmpty()) {
            return engine.handle(command.apply("settings"));
        }
        if (last != null) {
            problems.add(last);
        }
        return join(problems);
    }

    /** The intake's summary is the message that offers to confirm. */
    private static boolean saved(final Reply reply) {
        return !reply.messages().isEmpty() && reply.messages().get(0).text().startsWith("Saved.");
    }

    private static Reply join(final List<Reply> replies) {
        final List<Outbound> messages = new ArrayList<>();
        replies.forEach(reply -> messages.addAll(reply.messages()));
        return new Reply(messages, true, false);
    }
}
