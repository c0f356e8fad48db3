package io.followupbot.store.buttons;

import io.followupbot.interview.MemberKey;
import io.followupbot.sealing.FieldRef;
import io.followupbot.store.Store;
import io.followupbot.store.sealing.Sealing;
import java.time.Instant;
import java.util.Optional;

/**
 * Long button commands kept under short ids ({@code button_ids}, issue 31), for platforms whose button ids are short
 * (Discord: 100 characters). A command names interviewers, so it is sealed like the plan's step keys. A row goes
 * with its member (forget-me), with the step whose nudge carried it, and at its expiry.
 */
public final class ButtonIdStore {

    private final Store store;

    public ButtonIdStore(final Store store) {
        this.store = store;
    }

    /**
     * Keeps {@code command} under {@code id} until {@code expiresAt}, tied to the member and the step when they are
     * stored; the rows already expired go at the same time.
     */
    public void keep(final String id, final String command, final MemberKey owner, final Optional<String> stepId,
                     final Instant expiresAt) {
        final long now = store.clock().millis();
        store.jdbi().useTransaction(handle -> {
            handle.createUpdate("DELETE FROM button_ids WHERE expires_at <= :now").bind("now", now).execute();
            handle.createUpdate("INSERT INTO button_ids (id, member_id, step_id, command, created_at, expires_at) "
                            + "VALUES (:id, (SELECT id FROM members WHERE platform = :platform AND workspace_id = "
                            + ":workspace AND user_id = :user), (SELECT id FROM plan_steps WHERE id = :step), :command, "
                            + ":now, :expires)")
                    .bind("id", id).bind("platform", owner.platform()).bind("workspace", owner.workspaceId())
                    .bind("user", owner.userId()).bind("step", stepId.orElse(null))
                    .bind("command", Sealing.of(handle).seal(command, FieldRef.of("button_ids", "command", id)))
                    .bind("now", now).bind("expires", expiresAt.toEpochMilli()).execute();
        });
    }

    /** The command kept under {@code id}, unless it expired or went with its member or step. */
    public Optional<String> command(final String id) {
        final long now = store.clock().millis();
        return store.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT command FROM button_ids WHERE id = :id AND expires_at > :now")
                .bind("id", id).bind("now", now).mapTo(String.class).findOne()
                .map(sealed -> Sealing.of(handle).open(sealed, FieldRef.of("button_ids", "command", id))));
    }
}
