package io.followupbot.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.followupbot.store.rows.EventRow;
import io.followupbot.store.rows.PlanStepRow;

/**
 * What became of the steps of one {@link Claim}, collected while sending and written by
 * {@link DeliveryStore#settle} in one transaction with JDBC batches: the row changes, the delivery records of
 * the event log and the members found unreachable.
 */
public final class Settlement {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row change; null {@code dueAt} keeps the due time. Public for Jdbi's binding. */
    public record StepChange(String stepId, String status, Long dueAt, int addedAttempts, String error,
                             Long deliveredAt) {
    }

    private final String token;
    private final List<StepChange> changes = new ArrayList<>();
    private final List<EventRow> records = new ArrayList<>();
    private final Map<String, String> unreachable = new LinkedHashMap<>();
    private final java.util.Set<String> returned = new java.util.LinkedHashSet<>();
    private final Map<String, Instant> pausesMoved = new LinkedHashMap<>();

    Settlement(final Claim claim) {
        this(claim.token());
    }

    /** @param token the claim whose steps this settles */
    Settlement(final String token) {
        this.token = token;
    }

    /** Sent: the step will not be sent again, and the log says when it went out. */
    public void delivered(final PlanStepRow step, final Instant at) {
        changes.add(new StepChange(step.id(), "delivered", null, 0, null, at.toEpochMilli()));
        records.add(record(step, "delivered", at, null));
    }

    /** A passing failure: try again at {@code nextAttempt}. */
    public void retry(final PlanStepRow step, final Instant nextAttempt, final String reason) {
        changes.add(new StepChange(step.id(), "pending", nextAttempt.toEpochMilli(), 1, limit(reason), null));
    }

    /** Given up after too many passing failures; the member stays reachable. */
    public void failed(final PlanStepRow step, final Instant at, final String reason) {
        changes.add(new StepChange(step.id(), "failed", null, 1, limit(reason), null));
        records.add(record(step, "delivery_failed", at, reason));
    }

    /**
     * The platform refused for good (the member left the workspace, closed their DMs): the step fails, the
     * member is marked unreachable and their other pending steps are paused until they are reachable again.
     */
    public void unreachable(final PlanStepRow step, final Instant at, final String reason) {
        changes.add(new StepChange(step.id(), "failed", null, 1, limit(reason), null));
        records.add(record(step, "delivery_failed", at, reason));
        unreachable.putIfAbsent(step.memberId(), reason);
    }

    /** Not sent now (quiet hours): pending again, due at {@code until}. */
    public void deferred(final PlanStepRow step, final Instant until) {
        changes.add(new StepChange(step.id(), "pending", until.toEpochMilli(), 0, null, null));
    }

    /** The member is unreachable: kept, not sent, until they are reachable again. */
    public void paused(final PlanStepRow step) {
        changes.add(new StepChange(step.id(), "paused", null, 0, null, null));
    }

    /** The member paused their reminders: kept, not sent, not marked sent, until the pause ends. */
    public void held(final PlanStepRow step) {
        changes.add(new StepChange(step.id(), "held", null, 0, null, null));
    }

    /** The pause ended but the message of what waited cannot go now: held again, and the pause lasts to {@code until}. */
    public void heldUntil(final PlanStepRow step, final Instant until) {
        changes.add(new StepChange(step.id(), "held", null, 0, null, null));
        pausesMoved.put(step.memberId(), until);
    }

    /** Listed in the one message sent when the member's pause ended: delivered with it, and the pause is over. */
    public void summedUp(final PlanStepRow step, final Instant at) {
        changes.add(new StepChange(step.id(), "delivered", null, 0, null, at.toEpochMilli()));
        records.add(record(step, "delivered", at, "listed in the message after a pause"));
        returned.add(step.memberId());
    }

    /** Not tried (the lease was running out): pending again, as it was. */
    public void released(final PlanStepRow step) {
        changes.add(new StepChange(step.id(), "pending", null, 0, step.lastError(), null));
    }

    /** Nothing to send it for (the member or the interview is gone). */
    public void cancelled(final PlanStepRow step, final String reason) {
        changes.add(new StepChange(step.id(), "cancelled", null, 0, limit(reason), null));
    }

    /** The token of the claim this settles: only rows still held under it change. */
    String token() {
        return token;
    }

    /** Why the member was found unreachable in this settlement, if they were. */
    public Optional<String> unreachableReason(final String memberId) {
        return Optional.ofNullable(unreachable.get(memberId));
    }

    List<StepChange> changes() {
        return changes;
    }

    List<EventRow> records() {
        return records;
    }

    java.util.Set<String> returnedMembers() {
        return returned;
    }

    Map<String, Instant> pausesMoved() {
        return pausesMoved;
    }

    Map<String, String> unreachableMembers() {
        return unreachable;
    }

    static EventRow record(final PlanStepRow step, final String kind, final Instant at, final String reason) {
        final ObjectNode payload = JSON.createObjectNode();
        payload.put("step_id", step.id());
        payload.put("step", step.stepKey());
        payload.put("kind", step.kind());
        payload.put("due_at", step.dueAt());
        payload.put("attempts", step.attempts());
        if (reason != null) {
            payload.put("reason", limit(reason));
        }
        final long millis = at.toEpochMilli();
        return new EventRow(TimeOrderedIds.at(at), step.memberId(), step.interviewId(), kind,
                payload.toString(), millis, millis);
    }

    private static String limit(final String reason) {
        if (reason == null) {
            return null;
        }
        return reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }
}
