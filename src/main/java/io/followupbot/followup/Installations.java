package io.followupbot.followup;

import io.followupbot.store.rows.InstallationRow;
import io.followupbot.store.InstallationStore;
import io.followupbot.store.Store;
import java.util.Optional;

/** The Slack workspaces that installed the bot (OAuth), one each; the token as given (sealed by the caller). */
public final class Installations {

    private final InstallationStore store;

    public Installations(final Store store) {
        this.store = new InstallationStore(store.jdbi());
    }

    /** One workspace's installation; {@code botToken} as stored (sealed). */
    public record Installation(String teamId, String enterpriseId, String appId, String botId, String botUserId,
                               String botScope, String botToken, String installerUserId, long installedAt) {
    }

    public void save(final Installation installation) {
        store.save(new InstallationRow(installation.teamId(), installation.enterpriseId(), installation.appId(),
                installation.botId(), installation.botUserId(), installation.botScope(), installation.botToken(),
                installation.installerUserId(), installation.installedAt()));
    }

    public Optional<Installation> find(final String teamId) {
        return store.find(teamId).map(row -> new Installation(row.teamId(), row.enterpriseId(), row.appId(),
                row.botId(), row.botUserId(), row.botScope(), row.botToken(), row.installerUserId(),
                row.installedAt()));
    }

    public void delete(final String teamId) {
        store.delete(teamId);
    }
}
