package io.followupbot.store;

import java.util.List;

/**
 * Everything of one workspace or server, for when it removes the app: its members with all their rows (as
 * forget-me deletes them, so the same secure delete and WAL wipe follow), its community settings, wording and
 * the Slack installation; or, for a Discord server the bot left, only the community's own rows.
 */
public final class WorkspaceData {

    private WorkspaceData() {
    }

    /** Deletes every row of the workspace in this transaction; returns the ids of the members deleted. */
    public static List<String> remove(final StoreSession session, final String platform, final String workspaceId) {
        final List<String> members = session.handle().createQuery("SELECT id FROM members WHERE platform = :platform "
                        + "AND workspace_id = :workspace")
                .bind("platform", platform).bind("workspace", workspaceId).mapTo(String.class).list();
        members.forEach(session::forget);
        removeCommunity(session, platform, workspaceId);
        if ("slack".equals(platform)) {
            session.handle().createUpdate("DELETE FROM slack_installations WHERE team_id = :team")
                    .bind("team", workspaceId).execute();
        }
        session.markSecureDelete();
        return members;
    }

    /**
     * Deletes a community's settings and draft wording, and forgets which members last used the bot there (their
     * own data and choices stay: a Discord account is one member everywhere). Returns how many rows went.
     */
    public static int removeCommunity(final StoreSession session, final String platform, final String communityId) {
        int rows = 0;
        for (final String table : List.of("community_settings", "community_templates")) {
            rows += session.handle().createUpdate("DELETE FROM " + table + " WHERE platform = :platform "
                    + "AND community_id = :community").bind("platform", platform).bind("community", communityId)
                    .execute();
        }
        rows += session.handle().createUpdate("UPDATE member_community SET community_id = NULL WHERE community_id = "
                        + ":community AND member_id IN (SELECT id FROM members WHERE platform = :platform)")
                .bind("platform", platform).bind("community", communityId).execute();
        session.markSecureDelete();
        return rows;
    }
}
