package io.followupbot.interview;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How a plan's steps and an interview's stages are named and keyed wherever a person or a button reads them. */
final class StepsAndStagesTest {

    private static final ZonedDateTime MONDAY_NINE = ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @DisplayName("Each kind of step has the words a member reads in chat, the web chat and calendars")
    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(textBlock = """
            PREP, prepare for the interview
            DEBRIEF, tell me how the interview went
            THANK_YOU, thank-you
            LINKEDIN, LinkedIn connection
            CHECK_IN, status check-in
            REPLY_UPDATE, reply to their update
            REPLY_REJECTION, gracious reply to the rejection
            REPLY_OFFER, reply to the offer
            OFFER_REMINDER, 'reminder: reply to the offer'
            COMPETING_OFFER, tell them about the other offer
            WITHDRAWAL, withdraw politely
            MOVE_ON, close the loop and move on
            """)
    void labels(final StepKind kind, final String label) {
        assertThat(kind.label()).isEqualTo(label);
    }

    @Test
    @DisplayName("The steps with a deadline of their own: thank-you, reply to an offer and its reminder, the competing offer")
    void deadlineBound() {
        final EnumSet<StepKind> bound = EnumSet.of(StepKind.THANK_YOU, StepKind.REPLY_OFFER, StepKind.OFFER_REMINDER,
                StepKind.COMPETING_OFFER);
        for (final StepKind kind : StepKind.values()) {
            assertThat(kind.deadlineBound()).as("%s", kind).isEqualTo(bound.contains(kind));
        }
    }

    @Test
    @DisplayName("Only the LinkedIn connection waits for another step: that interviewer's thank-you")
    void waitsFor() {
        for (final StepKind kind : StepKind.values()) {
            assertThat(kind.waitsFor()).as("%s", kind)
                    .isEqualTo(kind == StepKind.LINKEDIN ? Optional.of(StepKind.THANK_YOU) : Optional.empty());
        }
    }

    @Test
    @DisplayName("A step's name counts check-ins and LinkedIn steps from the second, and marks the final check-in")
    void stepNames() {
        assertThat(new PlannedStep(StepKind.CHECK_IN, MONDAY_NINE, Optional.empty(), 1, false).name())
                .isEqualTo("status check-in");
        assertThat(new PlannedStep(StepKind.CHECK_IN, MONDAY_NINE, Optional.empty(), 2, true).name())
                .isEqualTo("status check-in #2 (final)");
        assertThat(new PlannedStep(StepKind.CHECK_IN, MONDAY_NINE, Optional.empty(), 1, true).name())
                .isEqualTo("status check-in (final)");
        assertThat(new PlannedStep(StepKind.LINKEDIN, MONDAY_NINE, Optional.of("Ana"), 2, false).name())
                .isEqualTo("LinkedIn connection #2");
        assertThat(new PlannedStep(StepKind.COMPETING_OFFER, MONDAY_NINE, Optional.empty(), 2, true).name())
                .isEqualTo("tell them about the other offer");
    }

    @Test
    @DisplayName("A step described names its interviewer; its key is stable: kind, @interviewer, #sequence from 2")
    void describeAndKey() {
        final PlannedStep thankAna = PlannedStep.forPerson(StepKind.THANK_YOU, MONDAY_NINE, "Ana Ruiz");
        assertThat(thankAna.describe()).isEqualTo("thank-you to Ana Ruiz");
        assertThat(thankAna.key()).isEqualTo("thank_you@Ana Ruiz");
        assertThat(thankAna.sequence()).isEqualTo(1);
        assertThat(thankAna.last()).isFalse();

        final PlannedStep secondCheckIn = new PlannedStep(StepKind.CHECK_IN, MONDAY_NINE, null, 2, false);
        assertThat(secondCheckIn.to()).isEmpty();
        assertThat(secondCheckIn.describe()).isEqualTo("status check-in #2");
        assertThat(secondCheckIn.key()).isEqualTo("check_in#2");

        final PlannedStep moveOn = PlannedStep.of(StepKind.MOVE_ON, MONDAY_NINE);
        assertThat(moveOn.key()).isEqualTo("move_on");
        assertThat(moveOn).isEqualTo(new PlannedStep(StepKind.MOVE_ON, MONDAY_NINE, Optional.empty(), 1, false));
    }

    @DisplayName("Each stage has the words the pipeline shows")
    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(textBlock = """
            UPCOMING, upcoming
            THANK_YOU_DUE, thank-you due
            WAITING, waiting to hear
            CHECKING_IN, checking in
            OFFER, offer
            REJECTED, rejected
            WITHDRAWN, withdrawn
            MOVED_ON, moved on
            ARCHIVED, archived
            """)
    void stageLabels(final Stage stage, final String label) {
        assertThat(stage.label()).isEqualTo(label);
    }

    @DisplayName("A stage is closed once nothing more will be asked of the member: rejected, withdrawn, moved on, archived")
    @ParameterizedTest(name = "{0}")
    @EnumSource(Stage.class)
    void closedStages(final Stage stage) {
        final EnumSet<Stage> closed = EnumSet.of(Stage.REJECTED, Stage.WITHDRAWN, Stage.MOVED_ON, Stage.ARCHIVED);
        assertThat(stage.closed()).isEqualTo(closed.contains(stage));
    }

    @Test
    @DisplayName("An offer is open: the member still has to answer it; so is an application with no interview yet")
    void offerIsOpen() {
        assertThat(Arrays.stream(Stage.values()).filter(stage -> !stage.closed()))
                .containsExactly(Stage.APPLIED, Stage.UPCOMING, Stage.THANK_YOU_DUE, Stage.WAITING, Stage.CHECKING_IN,
                        Stage.OFFER);
    }
}
