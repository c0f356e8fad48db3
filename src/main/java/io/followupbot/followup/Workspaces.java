package io.followupbot.followup;

import io.followupbot.store.Store;
import io.followupbot.store.WorkspaceData;
import java.util.List;

/**
 * A Slack workspace that removes the app takes all its data with it: its members, their interviews, its community
 * settings, the installation. (A Discord server the bot leaves takes only its community settings:
 * {@code Communities.left}, since a Discord account is one member across servers and keeps its own data.)
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
}
