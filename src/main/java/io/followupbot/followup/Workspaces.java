package io.followupbot.followup;

import io.followupbot.store.Store;
import io.followupbot.store.WorkspaceData;
import java.util.List;

/**
 * A workspace or server that removes the app: a Slack workspace takes all its data with it (its members, their
 * interviews, its community settings, the installation); a Discord server takes only its community settings, since
 * a Discord account is one member across servers and keeps its own data.
 */
public final class Workspaces {

    private final Store store;

    public Workspaces(final Store store) {
        this.store = store;
    }

    /** Deletes every row of the workspace; returns the ids of the members deleted (their cached state must go too). */
    public List<String> uninstalled(final String platform, final String workspaceId) {
        return store.inTransaction(session -> WorkspaceData.remove(session, platform, workspaceId));
    }

    /** The bot left a server: its community settings and wording go, the members' own data stays. */
    public int left(final String platform, final String communityId) {
        return store.inTransaction(session -> WorkspaceData.removeCommunity(session, platform, communityId));
    }
}
