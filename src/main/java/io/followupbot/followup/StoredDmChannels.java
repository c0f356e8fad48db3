package io.followupbot.followup;

import io.followupbot.delivery.DmChannels;
import io.followupbot.interview.MemberKey;
import io.followupbot.store.MemberDao;
import io.followupbot.store.Store;
import java.util.Objects;
import java.util.Optional;

/** The members' DM channels, kept with each member ({@code members.dm_channel}), so they survive a restart. */
public final class StoredDmChannels implements DmChannels {

    private final Store store;

    public StoredDmChannels(final Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> known(final MemberKey member) {
        return store.read(session -> session.handle().attach(MemberDao.class).dmChannel(member.platform(),
                member.workspaceId(), member.userId())).stream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public void remember(final MemberKey member, final String channel) {
        set(member, channel);
    }

    @Override
    public void forget(final MemberKey member) {
        set(member, null);
    }

    private void set(final MemberKey member, final String channel) {
        store.useTransaction(session -> session.handle().attach(MemberDao.class).dmChannel(member.platform(),
                member.workspaceId(), member.userId(), channel));
    }
}
