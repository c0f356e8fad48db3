package io.followupbot.store;

import static io.followupbot.store.DeliveryDatabase.LEASE;
import static io.followupbot.store.DeliveryDatabase.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.delivery.DueBatch;
import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.DueWork;
import io.followupbot.delivery.StepOutcome;
import io.followupbot.interview.StepKind;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.followupbot.store.rows.PlanStepRow;

@DisplayName("The store behind the dispatcher's port for due work")
class DueWorkPortTest {

    @RegisterExtension
    final DeliveryDatabase database = new DeliveryDatabase();
    private final DeliveryStore store = database.delivery();
    private final DueWork port = store;

    /** One member, two interviews, each with two check-ins due an hour and a minute ago. */
    private void twoInterviewsWithTwoDueCheckIns() {
        final long now = NOW.toEpochMilli();
        BulkPlans.insert(database.jdbi(), "slack", 1, 2, 2, now, (interview, step) -> now - (step == 0 ? 3_600_000 : 60_000));
    }

    @Test
    @DisplayName("GIVEN due rows WHEN the port claims THEN it hands typed steps of the latest due per interview, "
            + "with their member and interview, and counts the collapsed ones")
    void claimsTypedSteps() {
        twoInterviewsWithTwoDueCheckIns();

        final DueBatch batch = port.claim("a", NOW, LEASE, 10);

        assertThat(batch.steps()).hasSize(2).allSatisfy(step -> {
            assertThat(step.kind()).isEqualTo(StepKind.CHECK_IN);
            assertThat(step.key()).isEqualTo("check_in#2");
            assertThat(step.sequence()).isEqualTo(2);
            assertThat(step.last()).isTrue();
            assertThat(step.dueAt()).isEqualTo(NOW.minusSeconds(60));
            assertThat(batch.member(step.memberId())).isPresent();
            assertThat(batch.interview(step.interviewId())).isPresent();
        });
        assertThat(batch.collapsed()).isEqualTo(2);
        assertThat(batch.claimedUntil()).isEqualTo(NOW.plus(LEASE));
        assertThat(BulkPlans.count(database.jdbi(), "collapsed")).isEqualTo(2);
    }

    @Test
    @DisplayName("GIVEN a claimed batch WHEN one step is delivered and the other given back THEN the rows say so, "
            + "and the given-back step keeps its attempts and last error")
    void settlesTypedOutcomes() {
        twoInterviewsWithTwoDueCheckIns();
        final DueBatch stale = port.claim("a", NOW, LEASE, 10);
        final DueBatch batch = port.claim("b", NOW.plus(LEASE).plusSeconds(1), LEASE, 10);
        final DueStep sent = batch.steps().get(0);
        final DueStep givenBack = batch.steps().get(1);

        final int changed = port.settle(batch, List.of(new StepOutcome.Delivered(sent, NOW.plus(LEASE)),
                new StepOutcome.Released(givenBack)));
        final int staleChanged = port.settle(stale, List.of(new StepOutcome.Cancelled(givenBack, "too late")));

        assertThat(stale.steps()).extracting(DueStep::id).containsExactlyInAnyOrder(sent.id(), givenBack.id());
        assertThat(givenBack.attempts()).isEqualTo(1);
        assertThat(givenBack.lastError()).contains("lease expired");
        assertThat(changed).isEqualTo(2);
        assertThat(staleChanged).isZero();
        assertThat(store.step(sent.id()).orElseThrow().status()).isEqualTo("delivered");
        final PlanStepRow pending = store.step(givenBack.id()).orElseThrow();
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).isEqualTo("lease expired");
        assertThat(BulkPlans.countEvents(database.jdbi(), "delivered")).isEqualTo(1);
    }

    @Test
    @DisplayName("GIVEN a stored step of a kind this version does not know THEN it is failed at claim time, never sent")
    void unknownKindsAreFailedNotSent() {
        twoInterviewsWithTwoDueCheckIns();
        database.jdbi().useHandle(handle -> handle.execute("UPDATE plan_steps SET kind = 'carrier_pigeon' "
                + "WHERE step_key = 'check_in#2' AND interview_id = (SELECT MIN(interview_id) FROM plan_steps)"));

        final DueBatch batch = port.claim("a", NOW, LEASE, 10);

        assertThat(batch.steps()).hasSize(1).extracting(DueStep::kind).containsExactly(StepKind.CHECK_IN);
        assertThat(BulkPlans.count(database.jdbi(), "failed")).isEqualTo(1);
        assertThat(BulkPlans.countEvents(database.jdbi(), "delivery_failed")).isEqualTo(1);
    }
}
