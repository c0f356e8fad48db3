package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web chat's transcript, the member's saved conversation, and the Slack workspaces that installed the bot. */
final class TranscriptsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    private final TestCore core = CORE.core();

    @Test
    @DisplayName("GIVEN a question with buttons WHEN the member answers by a click THEN the question and the clicked "
            + "message are answered, the new messages are open, and the order is kept")
    void answeredMessagesCloseTheirButtons() {
        final Transcripts transcripts = core.app.transcripts();
        final String id = CORE.arrive("Ana").member().id();

        final List<Long> first = transcripts.append(id, 1000L, List.of(
                new Transcripts.Entry("member", "{\"text\":\"hi\"}"),
                new Transcripts.Entry("bot", "{\"text\":\"Which?\"}")), false, 0);
        assertThat(first).containsExactly(1L, 2L);
        assertThat(transcripts.open(id, 2)).isTrue();

        final List<Long> second = transcripts.append(id, 2000L,
                List.of(new Transcripts.Entry("bot", "{\"text\":\"ok\"}")), true, 1);

        assertThat(second).containsExactly(3L);
        assertThat(transcripts.open(id, 2)).isFalse();
        assertThat(transcripts.open(id, 3)).isTrue();
        assertThat(transcripts.of(id)).extracting(Transcripts.Line::seq, Transcripts.Line::sender,
                Transcripts.Line::answered).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "member", true),
                        org.assertj.core.groups.Tuple.tuple(2L, "bot", true),
                        org.assertj.core.groups.Tuple.tuple(3L, "bot", false));
        assertThat(transcripts.of(id).get(2).sentAt()).isEqualTo(2000L);
        assertThat(transcripts.of(id).get(2).body()).isEqualTo("{\"text\":\"ok\"}");
        assertThat(transcripts.open(id, 9)).isFalse();
    }

    @Test
    @DisplayName("GIVEN a member in the middle of something WHEN their state is saved THEN it is read back; cleared, "
            + "they are in the middle of nothing")
    void conversationsAreSavedAndCleared() {
        final Conversations conversations = core.app.conversations();
        final String id = CORE.arrive("Ana").member().id();

        assertThat(conversations.saved(id)).isEmpty();
        conversations.save(id, "{\"state\":\"intake\"}");
        assertThat(conversations.saved(id)).contains("{\"state\":\"intake\"}");
        conversations.clear(id);
        assertThat(conversations.saved(id)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a workspace's installation WHEN saved THEN it is found by its team, whole; deleted, it is gone")
    void installationsByTeam() {
        final Installations installations = new Installations(core.store);
        final Installations.Installation acme = new Installations.Installation("T1", "E1", "A1", "B1", "U1",
                "chat:write", "sealed-token", "U2", 1234L);

        installations.save(acme);

        assertThat(installations.find("T1")).contains(acme);
        assertThat(installations.find("T2")).isEmpty();
        installations.delete("T1");
        assertThat(installations.find("T1")).isEmpty();
    }
}
