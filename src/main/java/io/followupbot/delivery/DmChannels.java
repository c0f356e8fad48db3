package io.followupbot.delivery;

import io.followupbot.interview.MemberKey;
import java.util.Optional;

/**
 * Where each member's DM channel is kept between restarts (the application layer keeps it with the member):
 * adapters open a DM once per member, not once per process, and open it again only when the platform says the
 * channel is gone.
 */
public interface DmChannels {

    /** Keeps nothing: every process opens each DM again. */
    DmChannels NONE = new DmChannels() {
        @Override
        public Optional<String> known(final MemberKey member) {
            return Optional.empty();
        }

        @Override
        public void remember(final MemberKey member, final String channel) {
        }

        @Override
        public void forget(final MemberKey member) {
        }
    };

    Optional<String> known(MemberKey member);

    void remember(MemberKey member, String channel);

    /** The platform said the channel is gone (Slack {@code channel_not_found}, Discord 10003 Unknown Channel). */
    void forget(MemberKey member);
}
