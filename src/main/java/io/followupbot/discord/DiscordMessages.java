package io.followupbot.discord;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import java.nio.charset.StandardCharsets;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
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
    private static final Pattern SLACK_BOLD = MemberText.BOT_BOLD;

    private final ButtonIds buttonIds;
    private final ButtonIds.Owner owner;

    DiscordMessages(final ButtonIds buttonIds) {
        this(buttonIds, ButtonIds.Owner.NONE);
    }

    private DiscordMessages(final ButtonIds buttonIds, final ButtonIds.Owner owner) {
        this.buttonIds = buttonIds;
        this.owner = owner;
    }

    /** The same rendering, whose long button ids are kept for this member (and the step of the nudge). */
    DiscordMessages ownedBy(final ButtonIds.Owner newOwner) {
        return new DiscordMessages(buttonIds, newOwner);
    }

    List<MessageCreateData> render(final Reply reply) {
        final List<MessageCreateData> all = new ArrayList<>();
        reply.messages().forEach(message -> all.addAll(render(message)));
        return all;
    }

    /**
     * One message when it fits; otherwise the text in parts cut between words, and a draft that does not fit
     * whole goes as a text file beside a short note, so the member always copies the complete email.
     */
    List<MessageCreateData> render(final Outbound message) {
        final String whole = content(message);
        final List<FileUpload> files = new ArrayList<>(message.files().stream()
                .map(file -> FileUpload.fromData(file.content(), file.name())).toList());
        final List<String> parts;
        if (whole.length() <= MAX_CONTENT || message.draft().isEmpty()) {
            parts = split(whole);
        } else {
            final Outbound.DraftBlock draft = message.draft().get();
            parts = new ArrayList<>(split(content(new Outbound(message.text(), message.fields(), java.util.Optional.empty(),
                    List.of(), List.of()))));
            parts.add("**" + MarkdownSanitizer.escape(draft.title()) + "**: too long for one message, so it is in the "
                    + "file below, whole, ready to copy.");
            files.add(0, FileUpload.fromData(draftFile(draft).getBytes(StandardCharsets.UTF_8),
                    draft.title().replaceAll("[^A-Za-z0-9]+", "-") + ".txt"));
        }
        final List<MessageCreateData> rendered = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            final MessageCreateBuilder builder = new MessageCreateBuilder().setContent(parts.get(index));
            if (index == parts.size() - 1) {
                builder.setComponents(rows(message.buttons()));
                builder.setFiles(files);
            }
            rendered.add(builder.build());
        }
        return rendered;
    }

    /** The draft as the member sends it: recipient and subject lines, then the body. */
    static String draftFile(final Outbound.DraftBlock draft) {
        final StringBuilder text = new StringBuilder();
        draft.to().ifPresent(to -> text.append("To: ").append(to).append('\n'));
        draft.subject().ifPresent(subject -> text.append("Subject: ").append(subject).append('\n'));
        if (text.length() > 0) {
            text.append('\n');
        }
        return text.append(draft.body()).append('\n').toString();
    }

    static String content(final Outbound message) {
        final StringBuilder text = new StringBuilder(MemberText.render(message.text(), DiscordMessages::bold,
                DiscordMessages::asTyped));
        for (final Outbound.Field field : message.fields()) {
            text.append("\n**").append(MarkdownSanitizer.escape(field.label())).append("**: ")
                    .append(MarkdownSanitizer.escape(field.value()));
        }
        message.draft().ifPresent(draft -> {
            text.append("\n\n**").append(draft.title()).append("**");
            draft.to().ifPresent(to -> text.append("\nTo: ").append(MarkdownSanitizer.escape(to)));
            draft.subject().ifPresent(subject -> text.append("\nSubject: `").append(subject.replace('`', '\''))
                    .append('`'));
            text.append("\n```\n").append(draft.body().replace("```", "`\u200b`\u200b`")).append("\n```");
        });
        final String rendered = text.toString().strip();
        return rendered.isEmpty() ? "\u200b" : rendered;
    }

    /**
     * A member's words inside the bot's sentence, shown as typed: every character that Discord markdown reads
     * (emphasis, code, spoilers, masked links, escapes) anywhere, and quotes, headings and list marks at a line's
     * start, behind a backslash, which Discord hides. A lone {@code *} is escaped too, so it never pairs with
     * one of the bot's.
     */
    static String asTyped(final String typed) {
        return typed.replaceAll("([\\\\*_~`|\\[\\]])", "\\\\$1").replaceAll("(?m)^(\\s*)([>#-])", "$1\\\\$2");
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
                        buttonIds.idFor(button.value(), owner), label));
            }
            rows.add(ActionRow.of(row));
        }
        return rows;
    }

    /**
     * Splits at line ends (between words within an over-long line), closing and reopening a code block it cuts; a
     * block's closing fence stays with its block (the room kept for a closing fence holds it), so no part is an
     * empty code block.
     */
    static List<String> split(final String content) {
        if (content.length() <= MAX_CONTENT) {
            return List.of(content);
        }
        final int room = MAX_CONTENT - 8;
        final List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inCode = false;
        for (final String line : content.split("\n", -1)) {
            for (final String piece : words(line, room / 2)) {
                final boolean closesBlock = inCode && line.strip().startsWith("```");
                if (current.length() + piece.length() + 1 > room && !closesBlock) {
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

    /** A line in pieces of at most {@code max} characters, cut at spaces (inside a word only if it is longer). */
    private static List<String> words(final String line, final int max) {
        final List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut <= 0) {
                cut = Character.isLowSurrogate(rest.charAt(max)) ? max - 1 : max;
            }
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }
}
