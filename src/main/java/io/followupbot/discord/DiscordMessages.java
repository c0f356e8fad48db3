package io.followupbot.discord;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders the engine's platform-neutral messages as Discord messages: text in Discord markdown, fields as
 * bold labels, a draft in a code block (copyable whole) with its email subject apart, the buttons as
 * action rows, exports as attachments. A message longer than Discord's 2,000 characters is split at
 * lines; its buttons and files go with the last part.
 */
final class DiscordMessages {

    static final int MAX_CONTENT = 2000;
    private static final int BUTTONS_PER_ROW = 5;
    private static final int MAX_ROWS = 5;
    private static final int MAX_LABEL = 80;
    private static final Pattern SLACK_BOLD = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");

    private final ButtonIds buttonIds;

    DiscordMessages(final ButtonIds buttonIds) {
        this.buttonIds = buttonIds;
    }

    List<MessageCreateData> render(final Reply reply) {
        final List<MessageCreateData> all = new ArrayList<>();
        reply.messages().forEach(message -> all.addAll(render(message)));
        return all;
    }

    List<MessageCreateData> render(final Outbound message) {
        final List<String> parts = split(content(message));
        final List<MessageCreateData> rendered = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            final MessageCreateBuilder builder = new MessageCreateBuilder().setContent(parts.get(index));
            if (index == parts.size() - 1) {
                builder.setComponents(rows(message.buttons()));
                builder.setFiles(message.files().stream()
                        .map(file -> FileUpload.fromData(file.content(), file.name())).toList());
            }
            rendered.add(builder.build());
        }
        return rendered;
    }

    static String content(final Outbound message) {
        final StringBuilder text = new StringBuilder(bold(message.text()));
        for (final Outbound.Field field : message.fields()) {
            text.append("\n**").append(field.label()).append("**: ").append(field.value());
        }
        message.draft().ifPresent(draft -> {
            text.append("\n\n**").append(draft.title()).append("**");
            draft.to().ifPresent(to -> text.append("\nTo: ").append(to));
            draft.subject().ifPresent(subject -> text.append("\nSubject: `").append(subject.replace('`', '\''))
                    .append('`'));
            text.append("\n```\n").append(draft.body().replace("```", "`\u200b`\u200b`")).append("\n```");
        });
        final String rendered = text.toString().strip();
        return rendered.isEmpty() ? "\u200b" : rendered;
    }

    static String bold(final String text) {
        final Matcher matcher = SLACK_BOLD.matcher(text);
        return matcher.replaceAll(result -> Matcher.quoteReplacement("**" + result.group(1) + "**"));
    }

    private List<ActionRow> rows(final List<Button> buttons) {
        final List<ActionRow> rows = new ArrayList<>();
        final int limit = Math.min(buttons.size(), BUTTONS_PER_ROW * MAX_ROWS);
        for (int start = 0; start < limit; start += BUTTONS_PER_ROW) {
            final List<net.dv8tion.jda.api.components.buttons.Button> row = new ArrayList<>();
            for (final Button button : buttons.subList(start, Math.min(limit, start + BUTTONS_PER_ROW))) {
                final String label = button.label().length() > MAX_LABEL
                        ? button.label().substring(0, MAX_LABEL - 1) + "…" : button.label();
                row.add(net.dv8tion.jda.api.components.buttons.Button.of(
                        button.primary() ? ButtonStyle.PRIMARY : ButtonStyle.SECONDARY,
                        buttonIds.idFor(button.value()), label));
            }
            rows.add(ActionRow.of(row));
        }
        return rows;
    }

    /** Splits at line ends (hard within an over-long line), closing and reopening a code block it cuts. */
    static List<String> split(final String content) {
        if (content.length() <= MAX_CONTENT) {
            return List.of(content);
        }
        final int room = MAX_CONTENT - 8;
        final List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inCode = false;
        for (final String line : content.split("\n", -1)) {
            final List<String> pieces = new ArrayList<>();
            for (int start = 0; start < line.length(); start += room / 2) {
                pieces.add(line.substring(start, Math.min(line.length(), start + room / 2)));
            }
            if (pieces.isEmpty()) {
                pieces.add("");
            }
            for (final String piece : pieces) {
                if (current.length() + piece.length() + 1 > room) {
                    parts.add(current + (inCode ? "\n```" : ""));
                    current = new StringBuilder(inCode ? "```" : "");
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
