package io.followupbot.community;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A community answer as a chat reply: the sentence, the settings as fields, a template's preview as a draft. */
public final class CommunityReplies {

    private static final String BOT_DEFAULT = "(the bot's default)";

    private CommunityReplies() {
    }

    public static Reply of(final CommunityAnswer answer) {
        final StringBuilder text = new StringBuilder(answer.text());
        answer.problems().forEach(problem -> text.append("\n- ").append(problem));
        Outbound message = Outbound.text(text.toString());
        if (answer.outcome() != CommunityAnswer.Outcome.NOT_ADMIN) {
            message = message.withFields(fields(answer.values()));
        }
        if (answer.preview().isPresent()) {
            message = message.withDraft(new Outbound.DraftBlock("preview", java.util.Optional.empty(),
                    java.util.Optional.empty(), answer.preview().get()));
        }
        return new Reply(List.of(message), true, false);
    }

    /** The figures as a table and the chart as a PNG file. */
    public static Reply of(final StatsAnswer stats) {
        final Outbound message = Outbound.text("Your community's anonymous figures, per month of interview (only "
                + "members who agreed count; a figure behind fewer than 5 of them shows as <5).")
                .withDraft(new Outbound.DraftBlock("figures", java.util.Optional.empty(), java.util.Optional.empty(),
                        StatsTable.of(stats))).withFiles(List.of(new Outbound.FileAttachment("community-figures.png",
                "image/png", stats.chart())));
        return new Reply(List.of(message), true, false);
    }

    private static List<Outbound.Field> fields(final Map<String, String> values) {
        final List<Outbound.Field> fields = new ArrayList<>();
        values.forEach((key, value) -> fields.add(new Outbound.Field(key, value.isEmpty() ? BOT_DEFAULT : value)));
        return fields;
    }
}
