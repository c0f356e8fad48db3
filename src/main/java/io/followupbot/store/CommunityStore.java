package io.followupbot.store;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.MemberKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import io.followupbot.store.rows.CommunityRow;

/**
 * Communities in the database: their defaults and draft wording, which community a member belongs to, and the
 * member's community choices (weekly digest, counting in the figures). {@link StoreSession#forget} removes a
 * member's rows with the member (the foreign keys cascade).
 */
public final class CommunityStore {

    /** How long a digest claimed but not yet marked sent is held for the instance sending it. */
    public static final java.time.Duration DIGEST_CLAIM = java.time.Duration.ofMinutes(2);

    private static final String SETTINGS_COLUMNS =
            "platform, community_id, time_zone, country, nudge_hour, quiet_start, quiet_end, cadence, "
            + "application_silence";
    /** The member's community: the one they joined (Discord), else their workspace. */
    static final String COMMUNITY_OF = "COALESCE((SELECT community_id FROM member_community WHERE member_id = :member), "
            + ":workspace)";

    /** A member's choices about their community. */
    public record Choices(boolean digest, boolean statsConsent) {
        public static final Choices DEFAULT = new Choices(true, false);
    }

    private final Jdbi jdbi;

    public CommunityStore(final Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The defaults a member inherits: their community's settings over {@code bot-config.yml}'s. On the path of
     * every message: one primary-key read in the caller's transaction.
     */
    static BotConfig.Defaults inherited(final Handle handle, final String memberId, final String platform,
                                        final String workspace, final BotConfig.Defaults config) {
        return handle.createQuery("SELECT " + SETTINGS_COLUMNS + " FROM community_settings WHERE platform = :platform "
                        + "AND community_id = " + COMMUNITY_OF)
                .bind("platform", platform).bind("member", memberId).bind("workspace", workspace)
                .map(CommunityStore::row).findOne().map(row -> over(row, config)).orElse(config);
    }

    /** The community's settings over the configured defaults. */
    public static BotConfig.Defaults over(final CommunityRow row, final BotConfig.Defaults config) {
        return Rows.settingsOver(config, row.timeZone(), row.country(), row.nudgeHour(), row.quietStart(),
                row.quietEnd(), row.cadence(), row.applicationSilence());
    }

    public Optional<CommunityRow> settings(final String platform, final String communityId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + SETTINGS_COLUMNS + " FROM community_settings "
                        + "WHERE platform = :platform AND community_id = :community")
                .bind("platform", platform).bind("community", communityId).map(CommunityStore::row).findOne());
    }

    public void saveSettings(final CommunityRow row, final long now) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM community_settings WHERE platform = :platform AND community_id = :community")
                    .bind("platform", row.platform()).bind("community", row.communityId()).execute();
            handle.createUpdate("INSERT INTO community_settings (" + SETTINGS_COLUMNS + ", updated_at) VALUES "
                            + "(:platform, :community, :zone, :country, :hour, :quietStart, :quietEnd, :cadence, :silence, :now)")
                    .bind("platform", row.platform()).bind("community", row.communityId())
                    .bind("zone", row.timeZone()).bind("country", row.country()).bind("hour", row.nudgeHour())
                    .bind("quietStart", row.quietStart()).bind("quietEnd", row.quietEnd())
                    .bind("cadence", row.cadence()).bind("silence", row.applicationSilence()).bind("now", now).execute();
        });
    }

    /** The community's own draft wording, by draft kind key. */
    public Map<String, String> templates(final String platform, final String communityId) {
        final Map<String, String> templates = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT kind, body FROM community_templates WHERE platform = "
                        + ":platform AND community_id = :community ORDER BY kind")
                .bind("platform", platform).bind("community", communityId)
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getString("body")))
                .forEach(entry -> templates.put(entry.getKey(), entry.getValue())));
        return templates;
    }

    /** Stores the wording of one kind; an empty body goes back to the built-in wording. */
    public void saveTemplate(final String platform, final String communityId, final String kind, final String body,
                             final long now) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM community_templates WHERE platform = :platform AND community_id = "
                            + ":community AND kind = :kind")
                    .bind("platform", platform).bind("community", communityId).bind("kind", kind).execute();
            if (!body.isBlank()) {
                handle.createUpdate("INSERT INTO community_templates (platform, community_id, kind, body, updated_at) "
                                + "VALUES (:platform, :community, :kind, :body, :now)")
                        .bind("platform", platform).bind("community", communityId).bind("kind", kind)
                        .bind("body", body).bind("now", now).execute();
            }
        });
    }

    /** The community of the member with this identity (their workspace unless they joined another). */
    public String communityOf(final MemberKey key) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(c.community_id, m.workspace_id) "
                        + "FROM members m LEFT JOIN member_community c ON c.member_id = m.id WHERE m.platform = :platform "
                        + "AND m.workspace_id = :workspace AND m.user_id = :user")
                .bind("platform", key.platform()).bind("workspace", key.workspaceId()).bind("user", key.userId())
                .mapTo(String.class).findOne().orElse(key.workspaceId()));
    }

    /** The members of a community, by id. */
    public List<String> members(final String platform, final String communityId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT m.id FROM members m LEFT JOIN member_community c "
                        + "ON c.member_id = m.id WHERE m.platform = :platform AND COALESCE(c.community_id, m.workspace_id) "
                        + "= :community ORDER BY m.created_at")
                .bind("platform", platform).bind("community", communityId).mapTo(String.class).list());
    }

    /** Records the community the member last used the bot in (Discord: the server). */
    public void join(final String memberId, final String communityId, final long now) {
        jdbi.useTransaction(handle -> {
            final Optional<String> current = handle.createQuery("SELECT community_id FROM member_community WHERE "
                    + "member_id = :member").bind("member", memberId).mapTo(String.class).findOne();
            if (current.isEmpty() || !communityId.equals(current.get())) {
                write(handle, memberId, communityId, choices(handle, memberId), now);
            }
        });
    }

    public Choices choices(final String memberId) {
        return jdbi.withHandle(handle -> choices(handle, memberId));
    }

    public void saveChoices(final String memberId, final Choices choices, final long now) {
        jdbi.useTransaction(handle -> {
            final String community = handle.createQuery("SELECT community_id FROM member_community WHERE member_id = "
                    + ":member").bind("member", memberId).mapTo(String.class).findOne().orElse(null);
            write(handle, memberId, community, choices, now);
        });
    }

    /** The members who turned their weekly digest off. */
    public java.util.Set<String> digestOff() {
        return jdbi.withHandle(handle -> java.util.Set.copyOf(handle.createQuery("SELECT member_id FROM "
                + "member_community WHERE digest = 0").mapTo(String.class).list()));
    }

    /**
     * Takes this week's digest of a member: true for the one caller, on any instance, that may send it. The row
     * is written before the message goes out, marked in flight (a negative {@code sent_at}: minus the claim's time)
     * until {@link #digestSent}; a claim still in flight after {@link #DIGEST_CLAIM} (its instance died while
     * sending) may be taken again, so a digest is not lost to a crash (the one in flight may then go twice).
     */
    public boolean claimDigest(final String memberId, final String week, final long now) {
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO digests_sent (member_id, week, sent_at) "
                        + "VALUES (:member, :week, :claim) ON CONFLICT (member_id, week) DO UPDATE SET sent_at = :claim "
                        + "WHERE digests_sent.sent_at < 0 AND digests_sent.sent_at > :stale")
                .bind("member", memberId).bind("week", week).bind("claim", -now)
                .bind("stale", -(now - DIGEST_CLAIM.toMillis())).execute()) == 1;
    }

    /** The claimed digest went out: never sent again. */
    public void digestSent(final String memberId, final String week, final long now) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE digests_sent SET sent_at = :now WHERE member_id = :member "
                + "AND week = :week").bind("member", memberId).bind("week", week).bind("now", now).execute());
    }

    /** Gives back a claimed digest that could not be sent for now, so that a later run sends it. */
    public void releaseDigest(final String memberId, final String week) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM digests_sent WHERE member_id = :member AND week = :week")
                .bind("member", memberId).bind("week", week).execute());
    }

    private static Choices choices(final Handle handle, final String memberId) {
        return handle.createQuery("SELECT digest, stats_consent FROM member_community WHERE member_id = :member")
                .bind("member", memberId)
                .map((rs, ctx) -> new Choices(rs.getInt("digest") != 0, rs.getInt("stats_consent") != 0))
                .findOne().orElse(Choices.DEFAULT);
    }

    private static void write(final Handle handle, final String memberId, final String communityId,
                              final Choices choices, final long now) {
        handle.createUpdate("DELETE FROM member_community WHERE member_id = :member").bind("member", memberId).execute();
        handle.createUpdate("INSERT INTO member_community (member_id, community_id, digest, stats_consent, updated_at) "
                        + "VALUES (:member, :community, :digest, :consent, :now)")
                .bind("member", memberId).bind("community", communityId).bind("digest", choices.digest() ? 1 : 0)
                .bind("consent", choices.statsConsent() ? 1 : 0).bind("now", now).execute();
    }

    private static CommunityRow row(final java.sql.ResultSet rs, final org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new CommunityRow(rs.getString("platform"), rs.getString("community_id"), rs.getString("time_zone"),
                rs.getString("country"), rs.getString("nudge_hour"), rs.getString("quiet_start"),
                rs.getString("quiet_end"), rs.getString("cadence"), rs.getObject("application_silence") == null ? null
                : rs.getInt("application_silence"));
    }
}
