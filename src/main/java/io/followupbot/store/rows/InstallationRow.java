package io.followupbot.store.rows;

/** One row of {@code slack_installations}: a workspace that installed the bot; {@code botToken} as stored (sealed). */
public record InstallationRow(String teamId, String enterpriseId, String appId, String botId, String botUserId,
                              String botScope, String botToken, String installerUserId, long installedAt) {
}
