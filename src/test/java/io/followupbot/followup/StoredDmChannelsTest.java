package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestMoments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's DM channel is kept with the member, so a restarted bot still knows where to write. */
final class StoredDmChannelsTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TestMoments.TUESDAY_AFTERNOON);

    private final MemberKey ana = CORE.arrive(CORE.newKey("slack", "T1"), "Ana").key();

    @Test
    @DisplayName("GIVEN a member whose DM channel was never learnt, and someone never seen WHEN asked THEN neither "
            + "has a channel")
    void nothingLearnt() {
        final StoredDmChannels channels = new StoredDmChannels(CORE.core().store);

        assertThat(channels.known(ana)).isEmpty();
        assertThat(channels.known(CORE.newKey("slack", "T1"))).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a DM channel remembered WHEN the bot restarts THEN it is known; once the platform says it is "
            + "gone it is forgotten")
    void rememberedUntilGone() {
        // GIVEN
        new StoredDmChannels(CORE.core().store).remember(ana, "D0123");
        // WHEN
        final StoredDmChannels afterRestart = new StoredDmChannels(CORE.core().store);
        // THEN
        assertThat(afterRestart.known(ana)).contains("D0123");
        afterRestart.forget(ana);
        assertThat(new StoredDmChannels(CORE.core().store).known(ana)).isEmpty();
    }
}
