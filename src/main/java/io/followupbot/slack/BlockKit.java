package io.followupbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the engine's platform-neutral {@link Outbound} as Block Kit: the text as a mrkdwn section, fields
 * in compact sections, a draft in a copyable code block with its recipient and subject shown apart, the
 * buttons in one actions block ({@code followup_0}..{@code followup_n}, each value a command line), and
 * exports as code blocks in the message (no file upload).
 */
final class BlockKit {

    /** Every button's action id starts so; the app listens to {@code followup_.*}. */
    static final String ACTION_PREFIX = "followup_";
    /** Slack allows 3,000 characters in a section's text and 2,000 in a field; a little room is kept. */
    static final int MAX_SECTION_TEXT = 2900;
    static final int MAX_FIELD_TEXT = 1950;
    private static final int MAX_FIELDS = 10;
    private static final int MAX_BUTTON_LABEL = 75;
    private static final int MAX_BUTTON_VALUE = 2000;
    private static final int MAX_BUTTONS = 25;

    private BlockKit() {
    }

    static List<LayoutBlock> blocks(final Outbound message) {
        final List<LayoutBlock> blocks = new ArrayList<>();
        if (!message.text().isBlank()) {
            for (final String piece : TextPieces.split(mrkdwn(message.text()), MAX_SECTION_TEXT)) {
                blocks.add(section(s -> s.text(markdownText(piece))));
            }
        }
        final List<TextObject> allFields = fields(message.fields());
        for (int start = 0; start < allFields.size(); start += MAX_FIELDS) {
            final List<TextObject> fields = new ArrayList<>(allFields.subList(start, Math.min(start + MAX_FIELDS,
                    allFields.size())));
            blocks.add(section(s -> s.fields(fields)));
        }
        message.draft().ifPresent(draft -> blocks.addAll(draftBlocks(draft)));
        if (!message.buttons().isEmpty()) {
            blocks.add(actions(buttons(message.buttons())));
        }
        return blocks;
    }

    /**
     * Each field as bold label and value, the member's words shown as typed; a value too long for one field
     * continues in the next ("Interviewers (2/3)"), cut between words, so every interviewer is shown.
     */
    private static List<TextObject> fields(final List<Outbound.Field> fields) {
        final List<TextObject> rendered = new ArrayList<>();
        for (final Outbound.Field field : fields) {
            final String label = cap(asTyped(field.label()), 200);
            final List<String> pieces = TextPieces.split(asTyped(field.value()), MAX_FIELD_TEXT - label.length() - 12);
            for (int index = 0; index < pieces.size(); index++) {
                final String numbered = pieces.size() == 1 ? label : label + " (" + (index + 1) + "/" + pieces.size() + ")";
                rendered.add(markdownText("*" + numbered + "*\n" + pieces.get(index)));
            }
        }
        return rendered;
    }

    /**
     * What a member typed, shown as typed in mrkdwn: the control characters escaped, and {@code * _ ~ `} and a
     * leading quote marker kept from forming markup by zero-width spaces (Slack has no escape character).
     */
    static String asTyped(final String text) {
        return escape(text).replaceAll("([*_~`])", "\u200B$1\u200B").replaceAll("(?m)^&gt;", "\u200B&gt;");
    }

    /** The notification text Slack shows where blocks are not rendered (and in push notifications). */
    static String fallbackText(final Outbound message) {
        final String text = message.text().isBlank()
                ? message.draft().map(Outbound.DraftBlock::title).orElse("followup-bot") : message.text();
        return cap(mrkdwn(text), MAX_SECTION_TEXT);
    }

    /** The bot's sentence in mrkdwn: its own {@code *bold*} kept, the member's words in it shown as typed. */
    static String mrkdwn(final String text) {
        return MemberText.render(text, BlockKit::escape, BlockKit::asTyped);
    }

    static List<BlockElement> buttons(final List<Button> buttons) {
        final List<BlockElement> elements = new ArrayList<>();
        for (int index = 0; index < Math.min(buttons.size(), MAX_BUTTONS); index++) {
            final Button button = buttons.get(index);
            final String actionId = ACTION_PREFIX + index;
            elements.add(button(b -> b.actionId(actionId).text(plainText(cap(button.label(), MAX_BUTTON_LABEL)))
                    .value(cap(button.value(), MAX_BUTTON_VALUE)).style(button.primary() ? "primary" : null)));
        }
        return elements;
    }

    /** Numbers the buttons of several messages' blocks anew, so action ids stay unique within one view. */
    static List<LayoutBlock> renumberButtons(final List<LayoutBlock> blocks) {
        int index = 0;
        for (final LayoutBlock block : blocks) {
            if (block instanceof ActionsBlock actionsBlock) {
                for (final BlockElement element : actionsBlock.getElements()) {
                    if (element instanceof ButtonElement buttonElement) {
                        buttonElement.setActionId(ACTION_PREFIX + index++);
                    }
                }
            }
        }
        return blocks;
    }

    private static List<LayoutBlock> draftBlocks(final Outbound.DraftBlock draft) {
        final List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + escape(draft.title()) + "*"))));
        final List<String> heading = new ArrayList<>();
        draft.to().ifPresent(to -> heading.add("*To:* " + asTyped(to)));
        draft.subject().ifPresent(subject -> heading.add("*Subject:* " + asTyped(subject)));
        if (!heading.isEmpty()) {
            blocks.add(context(List.of(markdownText(cap(String.join("   ", heading), MAX_SECTION_TEXT)))));
        }
        final String body = escape(draft.body()).replace("```", "`\u200b``");
        for (final String piece : TextPieces.split(body, MAX_SECTION_TEXT - 8)) {
            blocks.add(section(s -> s.text(markdownText("```" + piece + "```"))));
        }
        return blocks;
    }

    /**
     * A file's content as messages of one code block each, cut at line ends so that every piece fits a section
     * once escaped: what the member gets when Slack refuses the upload.
     */
    static List<Outbound> filePieces(final Outbound.FileAttachment file) {
        final String content = new String(file.content(), StandardCharsets.UTF_8);
        final List<String> chunks = new ArrayList<>();
        final int room = MAX_SECTION_TEXT - file.name().length() - 40;
        StringBuilder chunk = new StringBuilder();
        int escaped = 0;
        for (final String line : content.split("(?<=\n)")) {
            for (int start = 0; start < line.length(); start += room / 5) {
                final String part = line.substring(start, Math.min(line.length(), start + room / 5));
                // escaping grows &, < and >; breaking a ``` fence adds a character per fence (counted per backtick)
                final int cost = escape(part).length() + (int) part.chars().filter(c -> c == '`').count();
                if (escaped + cost > room && chunk.length() > 0) {
                    chunks.add(chunk.toString());
                    chunk = new StringBuilder();
                    escaped = 0;
                }
                chunk.append(part);
                escaped += cost;
            }
        }
        if (chunk.length() > 0 || chunks.isEmpty()) {
            chunks.add(chunk.toString());
        }
        final List<Outbound> pieces = new ArrayList<>();
        for (int index = 0; index < chunks.size(); index++) {
            pieces.add(Outbound.text(file.name() + (chunks.size() > 1 ? " (" + (index + 1) + "/" + chunks.size() + ")"
                    : "") + "\n```" + chunks.get(index).replace("```", "`\u200b``") + "```"));
        }
        return pieces;
    }

    /** Slack's three control characters; everything else is shown as written. */
    static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cap(final String text, final int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
