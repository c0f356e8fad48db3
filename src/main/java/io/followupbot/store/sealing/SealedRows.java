package io.followupbot.store.sealing;

import io.followupbot.sealing.FieldCipher;
import io.followupbot.sealing.FieldRef;
import io.followupbot.store.rows.EventRow;
import io.followupbot.store.rows.InterviewRow;
import io.followupbot.store.rows.InterviewerRow;
import io.followupbot.store.rows.MemberRow;
import io.followupbot.store.rows.PlanStepRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The rows of the store with their member text sealed for writing, or opened after reading, by the cipher of the
 * database ({@link Sealing}); the columns are those of {@link SealedColumns}. Each value is bound to its table,
 * column and row.
 */
public final class SealedRows {

    private final FieldCipher cipher;

    public SealedRows(final FieldCipher cipher) {
        this.cipher = cipher;
    }

    public static SealedRows of(final Handle handle) {
        return new SealedRows(Sealing.of(handle));
    }

    public MemberRow seal(final MemberRow row) {
        return member(row, true);
    }

    public MemberRow open(final MemberRow row) {
        return member(row, false);
    }

    private MemberRow member(final MemberRow row, final boolean seal) {
        return new MemberRow(row.id(), row.platform(), row.workspaceId(), row.userId(),
                apply(seal, row.displayName(), "members", "display_name", row.id()), row.timeZone(), row.country(),
                row.nudgeHour(), row.quietStart(), row.quietEnd(), row.cadence(),
                apply(seal, row.fullName(), "members", "full_name", row.id()),
                apply(seal, row.signature(), "members", "signature", row.id()), row.dmChannel(), row.lastChannel(),
                row.unreachableSince(), row.nextInterviewNumber(), row.createdAt(), row.weeklyGoal());
    }

    /** A member's own text, sealed for the member's row. */
    public String sealMember(final String value, final String column, final String memberId) {
        return cipher.seal(value, FieldRef.of("members", column, memberId));
    }

    public InterviewRow seal(final InterviewRow row) {
        return interview(row, true);
    }

    public InterviewRow open(final InterviewRow row) {
        return interview(row, false);
    }

    private InterviewRow interview(final InterviewRow row, final boolean seal) {
        return new InterviewRow(row.id(), row.memberId(), row.number(),
                apply(seal, row.company(), "interviews", "company", row.id()),
                apply(seal, row.role(), "interviews", "role", row.id()), row.startsAt(), row.lengthMinutes(),
                row.format(), row.decisionDate(), row.channel(), row.recordedAt(),
                apply(seal, row.addition(), "interviews", "addition", row.id()),
                apply(seal, row.pastResult(), "interviews", "past_result", row.id()), row.stage(), row.archived(),
                row.updatedAt(), row.applicationId(), row.roundNumber());
    }

    public InterviewerRow seal(final InterviewerRow row) {
        return interviewer(row, true);
    }

    public InterviewerRow open(final InterviewerRow row) {
        return interviewer(row, false);
    }

    public List<InterviewerRow> openInterviewers(final List<InterviewerRow> rows) {
        return rows.stream().map(this::open).toList();
    }

    private InterviewerRow interviewer(final InterviewerRow row, final boolean seal) {
        final Object[] key = {row.interviewId(), row.position()};
        return new InterviewerRow(row.interviewId(), row.position(),
                apply(seal, row.name(), "interviewers", "name", key), apply(seal, row.title(), "interviewers", "title", key),
                apply(seal, row.email(), "interviewers", "email", key),
                apply(seal, row.detail(), "interviewers", "detail", key));
    }

    public EventRow seal(final EventRow row) {
        return event(row, true);
    }

    public EventRow open(final EventRow row) {
        return event(row, false);
    }

    public List<EventRow> sealEvents(final List<EventRow> rows) {
        return rows.stream().map(this::seal).toList();
    }

    private EventRow event(final EventRow row, final boolean seal) {
        return new EventRow(row.id(), row.memberId(), row.interviewId(), row.kind(),
                apply(seal, row.payload(), "events", "payload", row.id()), row.occurredAt(), row.recordedAt());
    }

    /** An event's payload read on its own, as the figures do. */
    public String openPayload(final String payload, final String eventId) {
        return cipher.open(payload, FieldRef.of("events", "payload", eventId));
    }

    public PlanStepRow seal(final PlanStepRow row) {
        return step(row, true);
    }

    public PlanStepRow open(final PlanStepRow row) {
        return step(row, false);
    }

    public List<PlanStepRow> openSteps(final List<PlanStepRow> rows) {
        return rows.stream().map(this::open).toList();
    }

    /** A plan's rows opened, in the order of their due time, then their step key (sealed keys sort in Java). */
    public List<PlanStepRow> openPlan(final List<PlanStepRow> rows) {
        final List<PlanStepRow> opened = new ArrayList<>(openSteps(rows));
        opened.sort(Comparator.comparingLong(PlanStepRow::dueAt).thenComparing(PlanStepRow::stepKey));
        return opened;
    }

    private PlanStepRow step(final PlanStepRow row, final boolean seal) {
        return new PlanStepRow(row.id(), row.interviewId(), row.memberId(),
                apply(seal, row.stepKey(), "plan_steps", "step_key", row.id()), row.kind(),
                apply(seal, row.recipient(), "plan_steps", "recipient", row.id()), row.sequence(), row.isLast(),
                row.dueAt(), row.status(), row.attempts(), row.claimedBy(), row.claimedUntil(), row.deliveredAt(),
                row.lastError(), row.createdAt());
    }

    public String sealState(final String state, final String memberId) {
        return cipher.seal(state, FieldRef.of("conversations", "state", memberId));
    }

    public String openState(final String state, final String memberId) {
        return cipher.open(state, FieldRef.of("conversations", "state", memberId));
    }

    public String sealBody(final String body, final String memberId, final long seq) {
        return cipher.seal(body, FieldRef.of("transcripts", "body", memberId, seq));
    }

    public String openBody(final String body, final String memberId, final long seq) {
        return cipher.open(body, FieldRef.of("transcripts", "body", memberId, seq));
    }

    private String apply(final boolean seal, final String value, final String table, final String column,
                         final Object... key) {
        final FieldRef ref = FieldRef.of(table, column, key);
        return seal ? cipher.seal(value, ref) : cipher.open(value, ref);
    }
}
