package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Member;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestMoments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Slack workspace that removes the app takes its members and their interviews with it, and nobody else's. */
final class WorkspacesTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TestMoments.TUESDAY_AFTERNOON);

    @Test
    @DisplayName("GIVEN two members of a workspace, each with an interview, and one of another WHEN the workspace "
            + "removes the app THEN the ids of its two members are returned and only their data is gone")
    void uninstalledTakesItsMembers() {
        // GIVEN
        final Member ana = CORE.arriveWithInterview(CORE.newKey("slack", "TGONE"), TestMoments.TUESDAY_AFTERNOON);
        final Member ben = CORE.arriveWithInterview(CORE.newKey("slack", "TGONE"), TestMoments.TUESDAY_AFTERNOON);
        final Member cleo = CORE.arriveWithInterview(CORE.newKey("slack", "TSTAYS"), TestMoments.TUESDAY_AFTERNOON);
        // WHEN
        final var deleted = new Workspaces(CORE.core().store).uninstalled("slack", "TGONE");
        // THEN
        assertThat(deleted).containsExactlyInAnyOrder(ana.id(), ben.id());
        assertThat(CORE.core().app.members().knows(ana.key())).isFalse();
        assertThat(CORE.core().app.members().knows(ben.key())).isFalse();
        assertThat(CORE.core().followUps.pipeline(cleo)).hasSize(1);
    }
}
