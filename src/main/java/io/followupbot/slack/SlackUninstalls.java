package io.followupbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's {@code app_uninstalled}, and {@code tokens_revoked} when the bot's token is among the revoked: the
 * workspace removed the app, so everything of that workspace is deleted. The listener acks at once; the deletion
 * runs on the workspace's lane, seconds later.
 */
final class SlackUninstalls {

    private static final Logger LOG = LoggerFactory.getLogger(SlackUninstalls.class);

    private SlackUninstalls() {
    }

    /**
     * @param firstDelivery whether an event id is new (Slack retries an event it thinks was missed)
     * @param lane runs work after the ack, in order per key
     * @param remove deletes one workspace's data
     */
    static void register(final App app, final Predicate<String> firstDelivery, final BiConsumer<String, Runnable> lane,
                         final Consumer<String> remove) {
        app.event(AppUninstalledEvent.class, (payload, context) -> {
            removeOnce(payload, firstDelivery, lane, remove);
            return context.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, context) -> {
            final TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            final List<String> bots = tokens == null || tokens.getBot() == null ? List.of() : tokens.getBot();
            if (!bots.isEmpty()) {
                removeOnce(payload, firstDelivery, lane, remove);
            }
            return context.ack();
        });
    }

    private static void removeOnce(final EventsApiPayload<?> payload, final Predicate<String> firstDelivery,
                                   final BiConsumer<String, Runnable> lane, final Consumer<String> remove) {
        final String team = payload.getTeamId();
        if (team == null || team.isBlank() || !firstDelivery.test(payload.getEventId())) {
            return;
        }
        lane.accept("workspace:" + team, () -> {
            remove.accept(team);
            LOG.info("Slack workspace {} removed the app: its data is deleted", team);
        });
    }
}
