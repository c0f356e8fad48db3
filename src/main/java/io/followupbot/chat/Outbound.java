package io.followupbot.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of the bot, platform-neutral: the adapters render it as Block Kit, a Discord message or
 * HTML.
 *
 * @param text the message, in plain text with light emphasis ({@code *bold*} only)
 * @param fields label/value pairs shown as a compact list (a summary, a pipeline)
 * @param draft a message the member can copy and send, shown apart so it can be copied whole
 * @param buttons actions, each a command line
 * @param files downloads (exports)
 */
public record Outbound(String text, List<Field> fields, Optional<DraftBlock> draft, List<Button> buttons,
                       List<FileAttachment> files) {

    /** A label and its value. */
    public record Field(String label, String value) {
        public Field {
            label = MemberText.strip(label);
            value = MemberText.strip(value);
        }
    }

    /** A ready draft: the email subject apart from the body, and to whom it goes. */
    public record DraftBlock(String title, Optional<String> to, Optional<String> subject, String body) {
        /** A draft is plain text the member copies: it never carries the marks of {@link MemberText}. */
        public DraftBlock {
            title = MemberText.strip(title);
            to = to.map(MemberText::strip);
            subject = subject.map(MemberText::strip);
            body = MemberText.strip(body);
        }
    }

    /**
     * A file the member can download, and where a platform can show one (the web chat), its printable page.
     */
    public record FileAttachment(String name, String mimeType, byte[] content, Optional<Printable> printable) {

        public FileAttachment {
            printable = printable == null ? Optional.empty() : printable;
        }

        /** A file with no printable page. */
        public FileAttachment(final String name, final String mimeType, final byte[] content) {
            this(name, mimeType, content, Optional.empty());
        }
    }

    public Outbound {
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
        draft = draft == null ? Optional.empty() : draft;
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
    }

    public static Outbound text(final String text) {
        return new Outbound(text, List.of(), Optional.empty(), List.of(), List.of());
    }

    public Outbound withButtons(final List<Button> newButtons) {
        return new Outbound(text, fields, draft, newButtons, files);
    }

    public Outbound withFields(final List<Field> newFields) {
        return new Outbound(text, newFields, draft, buttons, files);
    }

    public Outbound withDraft(final DraftBlock newDraft) {
        return new Outbound(text, fields, Optional.of(newDraft), buttons, files);
    }

    public Outbound withFiles(final List<FileAttachment> newFiles) {
        return new Outbound(text, fields, draft, buttons, newFiles);
    }
}
