package io.followupbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.conversation.forms.FormEdits;
import io.followupbot.interview.MemberKey;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Slack adapter shows outside the conversation: the App Home (the member's pipeline, read from the
 * application layer) and the two modals, whose submissions go to the forms' use cases. Every method runs on
 * the member's queue.
 */
final class SlackViews {

    private volatile SlackAdmin admin;

    private static final Logger LOG = LoggerFactory.getLogger(SlackViews.class);

    private final ConversationEngine engine;
    private final FormEdits forms;
    private final SlackReplies replies;

    SlackViews(final ConversationEngine engine, final SlackReplies replies) {
        this.engine = engine;
        this.forms = engine.forms();
        this.replies = replies;
    }

    void openSettings(final MethodsClient client, final MemberKey member, final String triggerId) {
        open(client, member, triggerId, SettingsModal.build(forms.settingsForm(member), forms.wording()));
    }

    /** The edit form of the interview; a member without it is told so instead. */
    void openEdit(final MethodsClient client, final MemberKey member, final String triggerId, final int number) {
        forms.editForm(member, number).ifPresentOrElse(
                form -> open(client, member, triggerId, EditModal.build(number, form, forms.wording())),
                () -> replies.deliver(client, new SlackReplies.Origin(member, ""), forms.edit(member, number, Map.of())));
    }

    void settingsSubmitted(final MethodsClient client, final MemberKey member, final Map<String, String> values) {
        final Reply reply = forms.settings(member, values);
        replies.deliver(client, new SlackReplies.Origin(member, ""), reply);
        refreshHome(client, member, reply.interviewsChanged());
    }

    void editSubmitted(final MethodsClient client, final MemberKey member, final int number,
                       final Map<String, String> values) {
        final Reply reply = forms.edit(member, number, values);
        replies.deliver(client, new SlackReplies.Origin(member, ""), reply);
        refreshHome(client, member, reply.interviewsChanged());
    }

    /** Publishes the Home again if it went stale; a member the bot forgot gets an empty one, and stays forgotten. */
    void refreshHome(final MethodsClient client, final MemberKey member, final boolean stale) {
        if (!stale) {
            return;
        }
        if (engine.knows(member)) {
            publishHome(client, member);
            return;
        }
        publish(client, member, HomeTab.build(Reply.text("I have nothing stored about you. Tap New interview when "
                + "you'd like follow-ups again.")));
    }

    void publishHome(final MethodsClient client, final MemberKey member) {
        final SlackAdmin current = admin;
        publish(client, member, HomeTab.build(engine.pipeline(member),
                current == null ? Optional.empty() : current.homeFigures(client, member)));
    }

    /** The community's admin side, once the application gives it: admins see its figures on their Home. */
    SlackAdmin admin(final SlackAdmin admin) {
        this.admin = admin;
        return admin;
    }

    private void publish(final MethodsClient client, final MemberKey member, final View home) {
        try {
            SlackReplies.check(client.viewsPublish(request -> request.userId(member.userId()).view(home)));
        } catch (final Exception failure) {
            LOG.warn("could not publish the App Home of {}: {}", member, SlackReplies.describe(failure));
        }
    }

    private void open(final MethodsClient client, final MemberKey member, final String triggerId, final View view) {
        try {
            SlackReplies.check(client.viewsOpen(request -> request.triggerId(triggerId).view(view)));
        } catch (final Exception failure) {
            LOG.warn("could not open a form for {}: {}", member, SlackReplies.describe(failure));
        }
    }
}
