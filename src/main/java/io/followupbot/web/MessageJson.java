package io.followupbot.web;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON the page receives for one message, as stored in the transcript: what the bot said (with its fields,
 * draft, buttons and files, a file's printable page after it) or what the member said. The page shows every text as text, never as markup;
 * {@code *word*} in the bot's own text is its one emphasis.
 */
final class MessageJson {

    static final String MEMBER = "member";
    static final String BOT = "bot";
    static final String NUDGE = "nudge";

    private MessageJson() {
    }

    static Map<String, Object> fromBot(final Outbound message, final boolean nudge,
                                       final Function<Outbound.FileAttachment, String> fileUrl) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", nudge ? NUDGE : BOT);
        json.put("text", MemberText.strip(message.text()));
        json.put("runs", MemberText.runs(message.text()).stream()
                .map(run -> Map.of("text", run.text(), "bold", run.bold())).toList());
        final List<Map<String, String>> fields = new ArrayList<>();
        for (final Outbound.Field field : message.fields()) {
            fields.add(Map.of("label", field.label(), "value", field.value()));
        }
        json.put("fields", fields);
        message.draft().ifPresent(draft -> {
            final Map<String, String> block = new LinkedHashMap<>();
            block.put("title", draft.title());
            draft.to().ifPresent(to -> block.put("to", to));
            draft.subject().ifPresent(subject -> block.put("subject", subject));
            block.put("body", draft.body());
            json.put("draft", block);
        });
        final List<Map<String, Object>> buttons = new ArrayList<>();
        for (final Button button : message.buttons()) {
            buttons.add(Map.of("label", button.label(), "value", button.value(), "primary", button.primary()));
        }
        json.put("buttons", buttons);
        final List<Map<String, Object>> files = new ArrayList<>();
        for (final Outbound.FileAttachment file : message.files()) {
            files.add(Map.of("name", file.name(), "url", fileUrl.apply(file)));
            file.printable().map(printable -> PrintablePage.of(file, printable)).ifPresent(page -> files.add(Map.of(
                    "name", page.name(), "url", fileUrl.apply(page), "page", true)));
        }
        json.put("files", files);
        return json;
    }

    static Map<String, Object> fromMember(final String text) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", MEMBER);
        json.put("text", text);
        return json;
    }

    /** A message shown once and not kept (a refusal, the goodbye of forget-me). */
    static Map<String, Object> note(final String text) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", BOT);
        json.put("text", text);
        json.put("answered", true);
        return json;
    }
}
