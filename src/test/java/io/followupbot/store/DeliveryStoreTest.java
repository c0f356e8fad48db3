package io.followupbot.store;

import static io.followupbot.store.DeliveryDatabase.LEASE;
import static io.followupbot.store.DeliveryDatabase.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.followupbot.store.rows.PlanStepRow;

@DisplayName("Delivery store")
class DeliveryStoreTest {

    @RegisterExtension
    final DeliveryDatabase database = new DeliveryDatabase();
    private final Store store = database.store();
    private final DeliveryStore delivery = database.delivery();

    /** One member with one interview per due time, one step each. */
    private void stepsDueAt(final long... dueAts) {
        BulkPlans.insert(database.jdbi(), "slack", 1, dueAts.length, 1, NOW.toEpochMilli(),
                (interview, step) -> dueAts[(int) interview]);
    }

    @Test
    @DisplayName("a claim takes due pending steps in due order, up to the limit, and nothing that is not due")
    void claimsDueStepsInOrder() {
        // GIVEN steps due an hour ago, a minute ago, and in a minute
        final long now = NOW.toEpochMilli();
        stepsDueAt(now - 60_000, now - 3_600_000, now + 60_000);
        // WHEN one instance claims at most five, and a second instance claims right after
        final Claim first = delivery.claimDue("a", NOW, LEASE, 5);
        final Claim second = delivery.claimDue("b", NOW, LEASE, 5);
        // THEN the first got the two due ones, oldest first, and the second nothing
        assertThat(first.steps()).extracting(PlanStepRow::dueAt).containsExactly(now - 3_600_000, now - 60_000);
        assertThat(first.steps()).allSatisfy(step -> {
            assertThat(step.status()).isEqualTo("claimed");
            assertThat(step.claimedBy()).isEqualTo("a");
            assertThat(step.claimedUntil()).isEqualTo(NOW.plus(LEASE).toEpochMilli());
        });
        assertThat(second.steps()).isEmpty();
    }

    @Test
    @DisplayName("an expired claim is claimed again, counted as an attempt, and the old claim can no longer settle it")
    void expiredClaimsAreReclaimedAndFenced() {
        // GIVEN a step claimed by an instance whose lease then ran out
        stepsDueAt(NOW.toEpochMilli());
        final Claim stale = delivery.claimDue("a", NOW, LEASE, 5);
        // WHEN another instance claims after the lease, and then the stale instance tries to mark it delivered
        final Claim fresh = delivery.claimDue("b", NOW.plus(LEASE).plusSeconds(1), LEASE, 5);
        final Settlement late = delivery.settlementOf(stale);
        late.delivered(stale.steps().get(0), NOW.plus(LEASE).plusSeconds(2));
        final int changed = delivery.settle(late);
        // THEN the new claim holds the row; the stale settlement changed nothing but its delivery was still logged
        final PlanStepRow row = delivery.step(stale.steps().get(0).id()).orElseThrow();
        assertThat(fresh.steps()).extracting(PlanStepRow::id).containsExactly(row.id());
        assertThat(changed).isZero();
        assertThat(row.status()).isEqualTo("claimed");
        assertThat(row.claimedBy()).isEqualTo("b");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isEqualTo("lease expired");
        assertThat(BulkPlans.countEvents(database.jdbi(), "delivered")).isEqualTo(1);
    }

    @Test
    @DisplayName("a replan cancels the paused steps of an unreachable member, so coming back never sends them")
    void replanCancelsPausedSteps() {
        // GIVEN an unreachable member whose step is paused
        stepsDueAt(NOW.toEpochMilli() + 60_000, NOW.toEpochMilli());
        final Claim claim = delivery.claimDue("a", NOW, LEASE, 5);
        final PlanStepRow failed = claim.steps().get(0);
        final Settlement settlement = delivery.settlementOf(claim);
        settlement.unreachable(failed, NOW, "left the workspace");
        delivery.settle(settlement);
        final PlanStepRow paused = store.inTransaction(session -> session.steps(otherInterview(session, failed)))
                .get(0);
        // WHEN that interview is replanned without steps, and the member comes back
        store.useTransaction(session -> session.replacePlan(paused.interviewId(), paused.memberId(), List.of()));
        final int resumed = delivery.resumeMember(failed.memberId());
        // THEN the paused step was cancelled and nothing is due
        assertThat(paused.status()).isEqualTo("paused");
        assertThat(resumed).isZero();
        assertThat(delivery.step(paused.id()).orElseThrow().status()).isEqualTo("cancelled");
        assertThat(delivery.findDue(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    private static String otherInterview(final StoreSession session, final PlanStepRow step) {
        return session.interviews(step.memberId()).stream()
                .filter(interview -> !interview.id().equals(step.interviewId()))
                .findFirst().orElseThrow().id();
    }

    @Test
    @DisplayName("the next due time is the earliest pending step's")
    void nextDueAt() {
        // GIVEN steps due in one and in two hours
        stepsDueAt(NOW.plus(Duration.ofHours(2)).toEpochMilli(), NOW.plus(Duration.ofHours(1)).toEpochMilli());
        // WHEN asked for the next due time
        // THEN it is in one hour
        assertThat(delivery.nextDueAt()).contains(NOW.plus(Duration.ofHours(1)));
    }
}
