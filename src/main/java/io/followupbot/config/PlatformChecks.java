package io.followupbot.config;

import java.util.Optional;

/**
 * What must hold between sections before anything starts: a chat platform is configured whole or not at all
 * (a Slack token without its signing secret is a start-up error, never a reason to fall back to the web chat),
 * and the web chat, which has no sign-in, is served on a non-loopback address only when the operator said so
 * ({@code web.public} with an access token).
 */
final class PlatformChecks {

    private PlatformChecks() {
    }

    static void check(final BotConfig config) {
        halfConfiguredSlack(config.slack()).ifPresent(missing -> {
            throw new ConfigException("slack is half configured: " + missing);
        });
        final BotConfig.Web web = config.web();
        final boolean webChat = !config.slack().enabled() && !config.discord().enabled();
        if (webChat && !web.loopback() && !web.publicAccess()) {
            throw new ConfigException("web.bind is " + web.bind() + ", not a loopback address: the web chat has no "
                    + "sign-in, so it is served there only with web.public: true and web.access-token "
                    + "(WEB_PUBLIC, WEB_ACCESS_TOKEN); or bind 127.0.0.1");
        }
    }

    /** What is missing of a Slack configuration that was begun, if anything. */
    static Optional<String> halfConfiguredSlack(final BotConfig.Slack slack) {
        final boolean clientId = !slack.clientId().isBlank();
        if (clientId != slack.clientSecret().isSet()) {
            return Optional.of(clientId ? "slack.client-id (SLACK_CLIENT_ID) is set but slack.client-secret "
                    + "(SLACK_CLIENT_SECRET) is missing" : "slack.client-secret (SLACK_CLIENT_SECRET) is set but "
                    + "slack.client-id (SLACK_CLIENT_ID) is missing");
        }
        if (slack.appToken().isSet() && !slack.botToken().isSet() && !clientId) {
            return Optional.of("slack.app-token (SLACK_APP_TOKEN) is set but slack.bot-token (SLACK_BOT_TOKEN) is "
                    + "missing; Socket Mode needs both");
        }
        if (clientId && !slack.signingSecret().isSet()) {
            return Optional.of("slack.client-id and slack.client-secret are set but slack.signing-secret "
                    + "(SLACK_SIGNING_SECRET) is missing");
        }
        if (slack.botToken().isSet() && !slack.signingSecret().isSet() && !slack.appToken().isSet()) {
            return Optional.of("slack.bot-token (SLACK_BOT_TOKEN) is set but slack.signing-secret "
                    + "(SLACK_SIGNING_SECRET) is missing (or set SLACK_APP_TOKEN for Socket Mode)");
        }
        if (slack.signingSecret().isSet() && !slack.botToken().isSet() && !clientId) {
            return Optional.of("slack.signing-secret (SLACK_SIGNING_SECRET) is set but slack.bot-token "
                    + "(SLACK_BOT_TOKEN) is missing (or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth)");
        }
        return Optional.empty();
    }
}
