package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.Journeys;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A workspace that removes the app takes its data with it (Slack's {@code app_uninstalled} and {@code tokens_revoked}):
 * every member of that workspace, their interviews and the community's settings, as forget-me deletes them; another
 * workspace keeps everything.
 */
final class SlackUninstallTest {

    private static final String MEMBERS_OF = "SELECT COUNT(*) FROM members WHERE workspace_id = '%s'";
    private static final String INTERVIEWS_OF = "SELECT COUNT(*) FROM interviews i JOIN members m ON m.id = i.member_id "
            + "WHERE m.workspace_id = '%s'";
    private static final String SETTINGS_OF = "SELECT COUNT(*) FROM community_settings WHERE community_id = '%s'";

    @RegisterExtension
    final SlackHarness harness = SlackHarness.standard();

    @BeforeEach
    void twoWorkspacesWithAnInterviewEach() {
        enterInterview("T1", "U1", "Zebracorn Analytics");
        enterInterview("T2", "U9", "Okapi Outfitters");
        for (final String team : new String[] {"T1", "T2"}) {
            harness.application().store().jdbi().useHandle(handle -> handle.execute("INSERT INTO community_settings "
                    + "(platform, community_id, cadence, updated_at) VALUES ('slack', ?, 'gentle', 1)", team));
        }
    }

    @Test
    @DisplayName("GIVEN two workspaces with an interview each WHEN one sends app_uninstalled THEN its members, interviews "
            + "and settings are gone from the file and the WAL within a minute, and the other workspace keeps all")
    void uninstallRemovesOneWorkspace() throws Exception {
        // WHEN Slack tells the bot that T1 removed the app
        final HttpResponse<String> response = harness.slack().post(eventBody("T1", "EvUninstall1",
                "{\"type\":\"app_uninstalled\"}"), true);

        // THEN the event is acknowledged and T1's rows go, T2's stay
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).until(() -> harness.count(MEMBERS_OF.formatted("T1")) == 0);
        assertThat(harness.count(INTERVIEWS_OF.formatted("T1"))).isZero();
        assertThat(harness.count(SETTINGS_OF.formatted("T1"))).isZero();
        assertThat(harness.count(MEMBERS_OF.formatted("T2"))).isEqualTo(1);
        assertThat(harness.count(INTERVIEWS_OF.formatted("T2"))).isEqualTo(1);
        assertThat(harness.count(SETTINGS_OF.formatted("T2"))).isEqualTo(1);
        // (the rows go when the deletion commits; their bytes once the WAL is checkpointed, just after)
        await().atMost(Duration.ofMinutes(1)).until(() -> !onDisk(harness.databaseFile()).contains("Zebracorn Analytics"));
        assertThat(onDisk(harness.databaseFile())).contains("Okapi Outfitters");
    }

    @Test
    @DisplayName("GIVEN a workspace WHEN tokens_revoked names the bot's token THEN its data goes; WHEN it names only "
            + "user tokens THEN nothing is deleted")
    void revokedBotTokenRemovesTheWorkspace() {
        harness.slack().post(eventBody("T2", "EvRevoke1", "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[\"U9\"]}}"),
                true);
        harness.slack().post(eventBody("T1", "EvRevoke2", "{\"type\":\"tokens_revoked\",\"tokens\":{\"bot\":[\"UBOT\"]}}"),
                true);

        await().atMost(Duration.ofMinutes(1)).until(() -> harness.count(MEMBERS_OF.formatted("T1")) == 0);
        assertThat(harness.count(MEMBERS_OF.formatted("T2"))).isEqualTo(1);
        assertThat(harness.count(INTERVIEWS_OF.formatted("T2"))).isEqualTo(1);
    }

    @Test
    @DisplayName("GIVEN a forged app_uninstalled (a wrong signature) WHEN it arrives THEN 401 and nothing is deleted")
    void forgedUninstallDeletesNothing() {
        final HttpResponse<String> forged = harness.slack().postRaw(eventBody("T1", "EvForged", "{\"type\":"
                + "\"app_uninstalled\"}"), java.util.Map.of("X-Slack-Request-Timestamp",
                Long.toString(Instant.now().getEpochSecond()), "X-Slack-Signature", "v0=" + "ab".repeat(32)));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(harness.count(MEMBERS_OF.formatted("T1"))).isEqualTo(1);
    }

    private void enterInterview(final String team, final String user, final String company) {
        Journeys.enterInterview(harness.application().engine(), new MemberKey("slack", team, user), company);
    }

    private static String eventBody(final String team, final String eventId, final String event) {
        return """
                {"token":"legacy-verification","team_id":"%s","api_app_id":"A1","type":"event_callback",\
                "event_id":"%s","event_time":%d,"event":%s}""".formatted(team, eventId, Instant.now().getEpochSecond(),
                event);
    }

    private static String onDisk(final Path file) throws Exception {
        final StringBuilder all = new StringBuilder(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        final Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            all.append(new String(Files.readAllBytes(wal), StandardCharsets.ISO_8859_1));
        }
        return all.toString();
    }
}
