package io.followupbot.store;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberSettings;
import java.time.Instant;
import io.followupbot.store.sealing.SealedRows;
import org.jdbi.v3.core.Handle;

/**
 * Writes a member's row. A setting equal to what the member inherits (their community's, then
 * {@code bot-config.yml}'s) is stored as inherited, so a change of the community's default reaches them.
 */
final class MemberWrites {

    private MemberWrites() {
    }

    static void save(final Handle handle, final Member member, final BotConfig.Defaults defaults) {
        final MemberSettings settings = member.settings();
        // a setting equal to what the member inherits (community, then bot-config.yml) stays inherited (issue 20)
        final MemberSettings inherited = CommunityStore.inherited(handle, member.id(), member.key().platform(),
                member.key().workspaceId(), defaults).toSettings();
        final boolean quietOwn = !settings.quietStart().equals(inherited.quietStart())
                || !settings.quietEnd().equals(inherited.quietEnd());
        final SealedRows sealed = SealedRows.of(handle);
        handle.createUpdate(MemberDao.UPDATE)
                .bind("id", member.id())
                .bind("displayName", sealed.sealMember(member.displayName(), "display_name", member.id()))
                .bind("timeZone", member.zoneConfirmed() ? settings.zone().getId() : null)
                .bind("country", own(settings.country(), inherited.country()))
                .bind("nudgeHour", own(settings.nudgeHour().toString(), inherited.nudgeHour().toString()))
                .bind("quietStart", quietOwn ? settings.quietStart().toString() : null)
                .bind("quietEnd", quietOwn ? settings.quietEnd().toString() : null)
                .bind("cadence", own(settings.cadence().key(), inherited.cadence().key()))
                .bind("fullName", sealed.sealMember(settings.name(), "full_name", member.id()))
                .bind("signature", sealed.sealMember(settings.signature(), "signature", member.id()))
                .bind("weeklyGoal", settings.weeklyGoal())
                .bind("dmChannel", member.dmChannel().orElse(null))
                .bind("lastChannel", member.lastChannel().orElse(null))
                .bind("unreachableSince", member.unreachableSince().map(Instant::toEpochMilli).orElse(null))
                .execute();
    }


    private static String own(final String value, final String inherited) {
        return value.equals(inherited) ? null : value;
    }
}
