package io.followupbot.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import io.followupbot.store.rows.InstallationRow;

/** The Slack workspaces installed through OAuth: one row per workspace, the latest installation wins. */
public final class InstallationStore {

    private final Jdbi jdbi;

    public InstallationStore(final Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void save(final InstallationRow row) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO slack_installations (team_id, enterprise_id, app_id, "
                        + "bot_id, bot_user_id, bot_scope, bot_token, installer_user_id, installed_at) VALUES (:teamId, "
                        + ":enterpriseId, :appId, :botId, :botUserId, :botScope, :botToken, :installerUserId, :installedAt) "
                        + "ON CONFLICT (team_id) DO UPDATE SET enterprise_id = excluded.enterprise_id, app_id = "
                        + "excluded.app_id, bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scope = "
                        + "excluded.bot_scope, bot_token = excluded.bot_token, installer_user_id = "
                        + "excluded.installer_user_id, installed_at = excluded.installed_at")
                .bindMethods(row)
                .execute());
    }

    public Optional<InstallationRow> find(final String teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT team_id, enterprise_id, app_id, bot_id, "
                        + "bot_user_id, bot_scope, bot_token, installer_user_id, installed_at FROM slack_installations "
                        + "WHERE team_id = :team")
                .bind("team", teamId)
                .map((rs, ctx) -> new InstallationRow(rs.getString("team_id"), rs.getString("enterprise_id"),
                        rs.getString("app_id"), rs.getString("bot_id"), rs.getString("bot_user_id"),
                        rs.getString("bot_scope"), rs.getString("bot_token"), rs.getString("installer_user_id"),
                        rs.getLong("installed_at")))
                .findOne());
    }

    public void delete(final String teamId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM slack_installations WHERE team_id = :team")
                .bind("team", teamId).execute());
    }
}
