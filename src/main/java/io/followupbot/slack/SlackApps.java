package io.followupbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.followupbot.config.BotConfig;

/** How the Bolt app and its Web API client are configured: the API's address, the tokens, OAuth or one workspace. */
final class SlackApps {

    private SlackApps() {
    }

    /** The Web API client, pointed at {@code SLACK_API_URL}. */
    static Slack slack(final BotConfig.Slack config) {
        final SlackConfig slackConfig = new SlackConfig();
        final String url = config.apiUrl().toString();
        slackConfig.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/");
        slackConfig.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(slackConfig);
    }

    static AppConfig appConfig(final BotConfig.Slack config, final Slack slack) {
        final AppConfig.AppConfigBuilder builder = AppConfig.builder().slack(slack)
                .subtypedMessageEventsAutoAckEnabled(true);
        if (config.signingSecret().isSet()) {
            builder.signingSecret(config.signingSecret().reveal());
        }
        if (config.oauth()) {
            builder.clientId(config.clientId()).clientSecret(config.clientSecret().reveal())
                    .scope(SlackInstallations.BOT_SCOPES).oAuthInstallPathEnabled(true).oAuthRedirectUriPathEnabled(true)
                    .appPath("/slack").oauthInstallPath("/install").oauthRedirectUriPath("/oauth_redirect");
        } else {
            builder.singleTeamBotToken(config.botToken().reveal());
        }
        return builder.build();
    }

    /** For the benchmark: the same transport with an app that only acks. */
    static App bareApp(final BotConfig.Slack config) {
        final App bare = new App(appConfig(config, slack(config)));
        bare.command(SlackBot.COMMAND, (request, context) -> context.ack());
        return bare;
    }
}
