package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conversations the engine keeps in memory: read from the store once, kept until they expire or an uninstall
 * drops them.
 */
final class CachedConversationsTest {

    private static final String STILL_OPEN = "(We're still in the middle of your interview notes; answer the question "
            + "above, or type cancel.)";

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final TestCore core = CORE.core();
    private final ChatDriver ana = CORE.newChat();

    @Test
    @DisplayName("GIVEN notes left exactly a week (the expiry) WHEN the member answers the next question THEN the "
            + "notes go on; a minute more and they are cleared")
    void notesLeftExactlyAWeekGoOn() {
        ana.startAsNewMember("Ana Ruiz");
        ana.say("Acme Analytics");
        core.clock.advance(Duration.ofDays(7));

        ana.say("Data Analyst");

        assertThat(ana.text()).doesNotContain("left for too long").contains("When was the interview, or when is it?");
    }

    @Test
    @DisplayName("GIVEN a member's open notes read from the store after a restart WHEN the stored conversation is "
            + "deleted behind the engine (an uninstall) THEN the engine still holds it, until it forgets that member's "
            + "cached conversation; then the member starts fresh")
    void anUninstallDropsTheCachedConversation() {
        ana.startAsNewMember("Ana Ruiz");
        ana.say("Acme Analytics");
        core.engine.forgetCachedState();
        assertThat(ana.command("list").plainText()).endsWith(STILL_OPEN);

        core.database.jdbi().useHandle(handle -> handle.execute("DELETE FROM conversations"));
        assertThat(ana.command("list").plainText()).endsWith(STILL_OPEN);

        core.engine.forgetCachedState(List.of(core.store.read(session -> session.findMember(ana.key()))
                .orElseThrow().id()));
        assertThat(ana.command("list").plainText()).doesNotContain(STILL_OPEN);
    }
}
