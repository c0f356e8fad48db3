package io.followupbot.store;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StoredInterview;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import io.followupbot.store.rows.ConversationRow;
import io.followupbot.store.rows.EventRow;
import io.followupbot.store.rows.InterviewRow;
import io.followupbot.store.rows.InterviewerRow;
import io.followupbot.store.rows.MemberRow;
import io.followupbot.store.rows.PlanStepRow;
import io.followupbot.store.sealing.SealedRows;

/** The operations of one transaction, speaking the domain's types; SQL stays in the DAOs. */
public final class StoreSession {

    /** Every table that holds a row about a member; {@code forget} must leave none of them. */
    public static final List<String> MEMBER_TABLES =
            List.of("members", "interviews", "interviewers", "plan_steps", "conversations", "events", "transcripts",
                    "member_community", "digests_sent");

    private final Handle handle;
    private final Clock clock;
    private final BotConfig.Defaults defaults;
    private final SealedRows sealed;
    private MemberDao members;
    private ApplicationTable applications;
    private EventDao events;
    private PlanStepDao steps;
    private boolean forgotSomeone;
    private final Set<String> interviewsChanged = new java.util.HashSet<>();

    StoreSession(final Handle handle, final Clock clock, final BotConfig.Defaults defaults) {
        this.handle = handle;
        this.clock = clock;
        this.defaults = defaults;
        this.sealed = SealedRows.of(handle);
    }

    // DAOs are attached on first use: attaching all five costs more than most transactions themselves.
    private MemberDao members() {
        if (members == null) {
            members = handle.attach(MemberDao.class);
        }
        return members;
    }

    private EventDao events() {
        if (events == null) {
            events = handle.attach(EventDao.class);
        }
        return events;
    }

    private PlanStepDao steps() {
        if (steps == null) {
            steps = handle.attach(PlanStepDao.class);
        }
        return steps;
    }

    /** The underlying handle, for store classes of other features that share this transaction. */
    public Handle handle() {
        return handle;
    }

    // --- members -------------------------------------------------------------------------------

    /** On the path of every message, so in plain Jdbi: attaching a SqlObject costs more than the query. */
    public Optional<Member> findMember(final MemberKey key) {
        return handle.createQuery("SELECT " + MemberDao.COLUMNS + " FROM members WHERE platform = :platform "
                        + "AND workspace_id = :workspace AND user_id = :user")
                .bind("platform", key.platform()).bind("workspace", key.workspaceId()).bind("user", key.userId())
                .map(Rows::memberRow).findOne().map(this::member);
    }

    public Optional<Member> member(final String memberId) {
        return members().byId(memberId).map(this::member);
    }

    /** The member with this identity, created with the configured defaults on first contact. */
    public Member memberFor(final MemberKey key, final String displayName) {
        return findMember(key).orElseGet(() -> {
            final MemberRow row = new MemberRow(UUID.randomUUID().toString(), key.platform(), key.workspaceId(),
                    key.userId(), displayName == null ? "" : displayName, null, null, null, null, null, null, "", "",
                    null, null, null, 1, clock.millis(), 0);
            members().insert(sealed.seal(row));
            return member(row);
        });
    }

    public List<Member> allMembers() {
        return members().all().stream().map(this::member).toList();
    }

    /**
     * Stores the member's settings and channels. The zone is stored only once confirmed. Many messages change
     * the member (a channel, an answer of the onboarding), so this is plain Jdbi, not the DAO's SqlObject.
     */
    public void saveMember(final Member member) {
        MemberWrites.save(handle, member, defaults);
    }

    /**
     * The member used the bot again after a platform refused their DMs: mark them reachable and let their
     * paused nudges go out again (a new refusal pauses them again).
     */
    public int markReachable(final String memberId) {
        final DeliveryDao delivery = handle.attach(DeliveryDao.class);
        delivery.markReachable(memberId);
        return delivery.resumeMember(memberId);
    }

    /**
     * Deletes every row about the member, in every table (foreign keys cascade from {@code members}), in this
     * transaction. On SQLite the deleted bytes are zeroed ({@code secure_delete}) and, once the transaction
     * commits, {@link Store} checkpoints and truncates the WAL, so no copy of them stays on disk.
     */
    public void forget(final String memberId) {
        forgotSomeone = true;
        interviewsChanged.add(memberId);
        for (final String table : List.of("plan_steps", "events", "conversations", "transcripts")) {
            handle.createUpdate("DELETE FROM " + table + " WHERE member_id = :member").bind("member", memberId).execute();
        }
        handle.createUpdate("DELETE FROM interviewers WHERE interview_id IN "
                + "(SELECT id FROM interviews WHERE member_id = :member)").bind("member", memberId).execute();
        handle.createUpdate("DELETE FROM interviews WHERE member_id = :member").bind("member", memberId).execute();
        members().delete(memberId);
    }

    /** This transaction deletes data that must leave no copy (an uninstall): the WAL is wiped after the commit. */
    void markSecureDelete() {
        forgotSomeone = true;
    }

    /** The members whose interviews, events or plans this transaction wrote. */
    Set<String> interviewsChanged() {
        return interviewsChanged;
    }

    /** Whether this transaction deleted a member (forget-me): the store then wipes the WAL after the commit. */
    boolean forgotSomeone() {
        return forgotSomeone;
    }

    Member member(final MemberRow row) {
        return Rows.member(sealed.open(row), CommunityStore.inherited(handle, row.id(), row.platform(), row.workspaceId(),
                defaults));
    }

    // --- interviews ----------------------------------------------------------------------------

    private ApplicationTable applications() {
        if (applications == null) {
            applications = new ApplicationTable(handle, sealed);
        }
        return applications;
    }

    /** Stores a new application of one round under the member's next short number. */
    public StoredInterview addInterview(final String memberId, final Interview interview, final Stage stage) {
        interviewsChanged.add(memberId);
        members().advanceInterviewNumber(memberId);
        final int number = members().nextInterviewNumber(memberId) - 1;
        return applications().add(memberId, number, interview, stage, clock.millis());
    }

    /** Adds a round to a stored application (its rounds are numbered again by date). */
    public StoredInterview addRound(final StoredInterview application, final Interview round) {
        interviewsChanged.add(application.memberId());
        return applications().addRound(application, round, clock.millis());
    }

    /** Writes every round of the application and its stage. */
    public void updateInterview(final StoredInterview stored) {
        interviewsChanged.add(stored.memberId());
        applications().update(stored, clock.millis());
    }

    /** Makes {@code from}'s rounds, events and sent steps part of {@code into}; {@code from}'s number is free. */
    public StoredInterview merge(final StoredInterview into, final StoredInterview from) {
        interviewsChanged.add(into.memberId());
        return applications().merge(into, from, clock.millis());
    }

    /** Makes round {@code round} an application of its own, under the member's next number; returns both. */
    public List<StoredInterview> split(final StoredInterview application, final int round) {
        interviewsChanged.add(application.memberId());
        members().advanceInterviewNumber(application.memberId());
        final int number = members().nextInterviewNumber(application.memberId()) - 1;
        return List.of(applications().split(application, round, number, clock.millis()));
    }

    /** The member's application with this short number; another member's is never returned. */
    public Optional<StoredInterview> interview(final String memberId, final int number) {
        return applications().byNumber(memberId, number);
    }

    public Optional<StoredInterview> interviewById(final String interviewId) {
        return applications().byId(interviewId);
    }

    /** Every application of the member, by number, with its rounds. */
    public List<StoredInterview> interviews(final String memberId) {
        return applications().ofMember(memberId);
    }

    /** Applications from rows read already (a delivery batch): their own rows, later rounds and interviewers by row. */
    List<StoredInterview> assemble(final java.util.Collection<InterviewRow> rows,
            final java.util.Map<String, List<InterviewerRow>> people) {
        return applications().assemble(rows, people);
    }

    // --- the event log -------------------------------------------------------------------------

    public void appendEvent(final String memberId, final String interviewId, final InterviewEvent event) {
        interviewsChanged.add(memberId);
        events().insert(sealed.seal(new EventRow(UUID.randomUUID().toString(), memberId, interviewId,
                EventCodec.kind(event), EventCodec.payload(event), event.at().toEpochMilli(), clock.millis())));
    }

    /** Records something that is not an interview event (a delivery, a failure), with a JSON payload. */
    public void appendRecord(final String memberId, final String interviewId, final String kind, final String payload) {
        events().insert(sealed.seal(new EventRow(UUID.randomUUID().toString(), memberId, interviewId, kind, payload,
                clock.millis(), clock.millis())));
    }

    /** The interview's events in the order they were reported; delivery records are left out. */
    public List<InterviewEvent> events(final String interviewId) {
        return events().ofInterview(interviewId).stream()
                .filter(row -> EventCodec.isInterviewEvent(row.kind())).map(sealed::open)
                .map(row -> EventCodec.decode(row.kind(), row.payload(), row.occurredAt()))
                .toList();
    }

    /** Every row of the member's log, for export. */
    public List<EventRow> eventLog(final String memberId) {
        return events().ofMember(memberId).stream().map(sealed::open).toList();
    }

    // --- the plan ------------------------------------------------------------------------------

    /**
     * Replaces the interview's pending steps with a new plan, in this transaction. Steps already delivered
     * at the same time are not planned again; everything pending that the new plan lacks is cancelled.
     */
    public void replacePlan(final String interviewId, final String memberId, final List<PlannedStep> plan) {
        interviewsChanged.add(memberId);
        steps().cancelPending(interviewId);
        final Set<String> delivered = sealed.openSteps(steps().ofInterview(interviewId)).stream()
                .filter(row -> row.status().equals("delivered"))
                .map(row -> row.stepKey() + "|" + row.dueAt())
                .collect(Collectors.toSet());
        final long now = clock.millis();
        for (final PlannedStep step : plan) {
            final long dueAt = step.at().toInstant().toEpochMilli();
            if (delivered.contains(step.key() + "|" + dueAt)) {
                continue;
            }
            steps().insert(sealed.seal(new PlanStepRow(UUID.randomUUID().toString(), interviewId, memberId, step.key(),
                    step.kind().key(), step.to().orElse(null), step.sequence(), step.last() ? 1 : 0, dueAt, "pending", 0,
                    null, null, null, null, now)));
        }
    }

    /** Cancels every pending step of the interview (archive, withdraw, rejection). */
    public int cancelPlan(final String interviewId) {
        return steps().cancelPending(interviewId);
    }

    public List<PlanStepRow> steps(final String interviewId) {
        return sealed.openPlan(steps().ofInterview(interviewId));
    }

    public Optional<ConversationRow> conversation(final String memberId) {
        return ConversationTable.find(handle, memberId);
    }

    public void saveConversation(final String memberId, final String state) {
        ConversationTable.save(handle, memberId, state, clock.millis());
    }

    public void clearConversation(final String memberId) {
        ConversationTable.clear(handle, memberId);
    }
}
