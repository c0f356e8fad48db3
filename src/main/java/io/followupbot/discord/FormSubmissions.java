package io.followupbot.discord;

import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.conversation.forms.FormEdits;
import java.util.Map;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * The two Discord forms: opened from the application layer's form model and submitted to its use cases, by
 * the fields' keys. What happened comes back as a reply rendered from a typed result.
 */
final class FormSubmissions {

    private final FormEdits forms;

    FormSubmissions(final ConversationEngine engine) {
        this.forms = engine.forms();
    }

    /** Opens the edit form of the interview; a member without it is told so, privately. */
    <T extends IModalCallback & IReplyCallback> void openEdit(final T event, final int number) {
        final String userId = event.getUser().getId();
        forms.editForm(DiscordMembers.key(userId), number).ifPresentOrElse(
                form -> event.replyModal(Forms.edit(number, form)).queue(),
                () -> event.reply(forms.edit(DiscordMembers.key(userId), number, Map.of()).messages().get(0).text())
                        .setEphemeral(true).queue());
    }

    void openSettings(final IModalCallback event) {
        event.replyModal(Forms.settings(forms.settingsForm(DiscordMembers.key(event.getUser().getId())))).queue();
    }

    Reply edit(final String userId, final int number, final Map<String, String> submitted) {
        return forms.edit(DiscordMembers.key(userId), number, submitted);
    }

    Reply settings(final String userId, final Map<String, String> submitted) {
        return forms.settings(DiscordMembers.key(userId), submitted);
    }
}
