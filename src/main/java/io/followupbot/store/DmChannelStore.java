package io.followupbot.store;

import io.followupbot.interview.MemberKey;
import java.util.Optional;

/** The DM channel of each member ({@code members.dm_channel}), as their platform last gave it. */
public final class DmChannelStore {

    private static final String WHERE = " WHERE platform = :platform AND workspace_id = :workspace AND user_id = :user";

    private final Store store;

    public DmChannelStore(final Store store) {
        this.store = store;
    }

    /** The stored channel; empty for an unknown member or one whose channel was never learnt (or was gone). */
    public Optional<String> find(final MemberKey member) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT dm_channel FROM members" + WHERE)
                .bind("platform", member.platform()).bind("workspace", member.workspaceId())
                .bind("user", member.userId()).mapTo(String.class).findFirst());
    }

    /** Stores the channel ({@code null}: the platform said it is gone); a member not stored yet is left alone. */
    public void set(final MemberKey member, final String channel) {
        store.jdbi().useHandle(handle -> handle.createUpdate("UPDATE members SET dm_channel = :channel" + WHERE)
                .bind("channel", channel).bind("platform", member.platform()).bind("workspace", member.workspaceId())
                .bind("user", member.userId()).execute());
    }
}
