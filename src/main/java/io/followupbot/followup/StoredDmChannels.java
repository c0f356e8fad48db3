package io.followupbot.followup;

import io.followupbot.delivery.DmChannels;
import io.followupbot.interview.MemberKey;
import io.followupbot.store.DmChannelStore;
import io.followupbot.store.Store;
import java.util.Optional;

/** The members' DM channels, kept with each member ({@code members.dm_channel}), so they survive a restart. */
public final class StoredDmChannels implements DmChannels {

    private final DmChannelStore store;

    public StoredDmChannels(final Store store) {
        this.store = new DmChannelStore(store);
    }

    @Override
    public Optional<String> known(final MemberKey member) {
        return store.find(member);
    }

    @Override
    public void remember(final MemberKey member, final String channel) {
        store.set(member, channel);
    }

    @Override
    public void forget(final MemberKey member) {
        store.set(member, null);
    }
}
