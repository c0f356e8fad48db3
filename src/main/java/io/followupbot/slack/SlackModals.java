package io.followupbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.methods.MethodsClient;
import io.followupbot.chat.MemberLanes;
import io.followupbot.interview.MemberKey;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The member's own modals submitted (settings, an interview's edit form): acked at once, handled on their lane. */
final class SlackModals {

    private SlackModals() {
    }

    static void register(final App app, final SlackViews views, final MemberLanes lanes,
                         final Function<Context, MethodsClient> clients) {
        app.viewSubmission(SettingsModal.CALLBACK_ID, (request, context) -> {
            final var payload = request.getPayload();
            final MemberKey member = member(payload.getTeam().getId(), payload.getUser().getId());
            final Map<String, String> values = SettingsModal.values(payload.getView().getState());
            final MethodsClient client = clients.apply(context);
            lanes.submit(member.toString(), () -> views.settingsSubmitted(client, member, values));
            return context.ack();
        });
        app.viewSubmission(EditModal.CALLBACK_ID, (request, context) -> {
            final var payload = request.getPayload();
            final MemberKey member = member(payload.getTeam().getId(), payload.getUser().getId());
            final Optional<Integer> number = EditModal.number(payload.getView());
            if (number.isPresent()) {
                final Map<String, String> values = EditModal.values(payload.getView().getState());
                final MethodsClient client = clients.apply(context);
                lanes.submit(member.toString(), () -> views.editSubmitted(client, member, number.get(), values));
            }
            return context.ack();
        });
    }

    private static MemberKey member(final String teamId, final String userId) {
        return new MemberKey(SlackBot.PLATFORM, teamId == null ? "" : teamId, userId);
    }
}
