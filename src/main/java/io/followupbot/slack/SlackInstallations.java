package io.followupbot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import io.followupbot.config.Secret;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Bolt's {@link InstallationService} on our database (Bolt ships only file and S3 stores): one row per
 * workspace, the bot token sealed by {@link TokenCipher}. The one place with Slack SQL.
 */
public final class SlackInstallations implements InstallationService {

    static final String BOT_SCOPES = "commands,chat:write,im:history,im:write,users:read";

    private final Jdbi jdbi;
    private final TokenCipher cipher;
    private final Clock clock;

    public SlackInstallations(final Jdbi jdbi, final Secret encryptionKey, final Clock clock) {
        this.jdbi = jdbi;
        this.cipher = new TokenCipher(encryptionKey);
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(final boolean enabled) {
        // one row per workspace: the latest installation replaces the previous one
    }

    @Override
    public void saveInstallerAndBot(final Installer installer) {
        if (installer.getTeamId() == null || installer.getBotAccessToken() == null) {
            throw new IllegalArgumentException("an installation without a workspace or bot token");
        }
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO slack_installations (team_id, enterprise_id, app_id, "
                        + "bot_id, bot_user_id, bot_scope, bot_token, installer_user_id, installed_at) VALUES (:team, "
                        + ":enterprise, :app, :botId, :botUser, :scope, :token, :installer, :at) ON CONFLICT (team_id) DO "
                        + "UPDATE SET enterprise_id = excluded.enterprise_id, app_id = excluded.app_id, bot_id = "
                        + "excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scope = excluded.bot_scope, bot_token = "
                        + "excluded.bot_token, installer_user_id = excluded.installer_user_id, installed_at = "
                        + "excluded.installed_at")
                .bind("team", installer.getTeamId())
                .bind("enterprise", installer.getEnterpriseId())
                .bind("app", installer.getAppId())
                .bind("botId", installer.getBotId())
                .bind("botUser", installer.getBotUserId())
                .bind("scope", installer.getBotScope())
                .bind("token", cipher.seal(installer.getBotAccessToken()))
                .bind("installer", installer.getInstallerUserId())
                .bind("at", installer.getInstalledAt() == null ? clock.millis() : installer.getInstalledAt())
                .execute());
    }

    @Override
    public void deleteBot(final Bot bot) {
        delete(bot.getTeamId());
    }

    @Override
    public void deleteInstaller(final Installer installer) {
        delete(installer.getTeamId());
    }

    @Override
    public Bot findBot(final String enterpriseId, final String teamId) {
        return row(teamId).map(row -> {
            final DefaultBot bot = new DefaultBot();
            bot.setTeamId(row.teamId());
            bot.setEnterpriseId(row.enterpriseId());
            bot.setAppId(row.appId());
            bot.setBotId(row.botId());
            bot.setBotUserId(row.botUserId());
            bot.setBotScope(row.botScope());
            bot.setBotAccessToken(cipher.open(row.botToken()));
            bot.setInstalledAt(row.installedAt());
            return (Bot) bot;
        }).orElse(null);
    }

    @Override
    public Installer findInstaller(final String enterpriseId, final String teamId, final String userId) {
        return row(teamId).map(row -> {
            final DefaultInstaller installer = new DefaultInstaller();
            installer.setTeamId(row.teamId());
            installer.setEnterpriseId(row.enterpriseId());
            installer.setAppId(row.appId());
            installer.setBotId(row.botId());
            installer.setBotUserId(row.botUserId());
            installer.setBotScope(row.botScope());
            installer.setBotAccessToken(cipher.open(row.botToken()));
            installer.setInstallerUserId(row.installerUserId());
            installer.setInstalledAt(row.installedAt());
            return (Installer) installer;
        }).orElse(null);
    }

    @Override
    public void deleteAll(final String enterpriseId, final String teamId) {
        delete(teamId);
    }

    private void delete(final String teamId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM slack_installations WHERE team_id = :team")
                .bind("team", teamId).execute());
    }

    private Optional<Row> row(final String teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT team_id, enterprise_id, app_id, bot_id, bot_user_id, "
                        + "bot_scope, bot_token, installer_user_id, installed_at FROM slack_installations WHERE team_id = :team")
                .bind("team", teamId)
                .map((rs, ctx) -> new Row(rs.getString("team_id"), rs.getString("enterprise_id"), rs.getString("app_id"),
                        rs.getString("bot_id"), rs.getString("bot_user_id"), rs.getString("bot_scope"),
                        rs.getString("bot_token"), rs.getString("installer_user_id"), rs.getLong("installed_at")))
                .findOne());
    }

    /** One stored installation; {@code botToken} as stored (sealed). */
    private record Row(String teamId, String enterpriseId, String appId, String botId, String botUserId,
                       String botScope, String botToken, String installerUserId, long installedAt) {
    }
}
