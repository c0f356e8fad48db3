package io.followupbot.store;

import io.followupbot.interview.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * What retention reads and deletes: applications closed long ago, members silent for long, and when a member last
 * used the bot. Deletions go as forget-me's do (secure delete, the WAL wiped after the commit).
 */
public final class RetentionStore {

    private static final List<String> CLOSED = Arrays.stream(Stage.values()).filter(Stage::closed).map(Stage::name)
            .toList();
    private static final String LAST_ACTIVE = "COALESCE(last_active_at, created_at)";

    private final Store store;

    public RetentionStore(final Store store) {
        this.store = store;
    }

    /** The member used the bot now: their silence starts again, and any warning no longer holds. */
    public void touch(final String memberId, final long now) {
        store.jdbi().useHandle(handle -> handle.createUpdate("UPDATE members SET last_active_at = :now, "
                + "retention_notice_at = NULL WHERE id = :id").bind("now", now).bind("id", memberId).execute());
    }

    /** Deletes the interviews closed (an outcome, a move-on, an archive) and untouched since before {@code cutoff}. */
    public int deleteClosedBefore(final long cutoff) {
        return store.inTransaction(session -> {
            final List<String> ids = session.handle().createQuery("SELECT id FROM interviews WHERE application_id IS NULL "
                            + "AND (archived = 1 OR stage IN (<closed>)) AND updated_at < :cutoff").bindList("closed", CLOSED)
                    .bind("cutoff", cutoff).mapTo(String.class).list();
            for (final String id : ids) {
                session.handle().createUpdate("DELETE FROM interviewers WHERE interview_id IN "
                        + "(SELECT id FROM interviews WHERE application_id = :id)").bind("id", id).execute();
                session.handle().createUpdate("DELETE FROM interviews WHERE application_id = :id").bind("id", id)
                        .execute();
                for (final String table : List.of("plan_steps", "events", "interviewers")) {
                    session.handle().createUpdate("DELETE FROM " + table + " WHERE interview_id = :id").bind("id", id)
                            .execute();
                }
                session.handle().createUpdate("DELETE FROM interviews WHERE id = :id").bind("id", id).execute();
            }
            if (!ids.isEmpty()) {
                session.markSecureDelete();
            }
            return ids.size();
        });
    }

    /** Members silent since before {@code cutoff} who have not been told yet. */
    public List<String> silentUntold(final long cutoff) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM members WHERE " + LAST_ACTIVE
                + " < :cutoff AND retention_notice_at IS NULL").bind("cutoff", cutoff).mapTo(String.class).list());
    }

    public void markTold(final String memberId, final long now) {
        store.jdbi().useHandle(handle -> handle.createUpdate("UPDATE members SET retention_notice_at = :now WHERE id = "
                + ":id").bind("now", now).bind("id", memberId).execute());
    }

    /** Deletes the members silent since before {@code cutoff} who were told before {@code toldBefore}. */
    public int deleteSilent(final long cutoff, final long toldBefore) {
        return store.inTransaction(session -> {
            final List<String> ids = session.handle().createQuery("SELECT id FROM members WHERE " + LAST_ACTIVE
                    + " < :cutoff AND retention_notice_at IS NOT NULL AND retention_notice_at <= :told")
                    .bind("cutoff", cutoff).bind("told", toldBefore).mapTo(String.class).list();
            ids.forEach(session::forget);
            return ids.size();
        });
    }
}
