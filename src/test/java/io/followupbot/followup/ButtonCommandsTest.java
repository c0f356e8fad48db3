package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long button commands kept under short ids (issue 31): across a restart, sealed, and gone with their step or member. */
final class ButtonCommandsTest {

    private static final MemberKey ANA = new MemberKey("discord", "discord", "100000000000000001");
    private static final String COMMAND = "sent 1 thank_you@Maximiliana_Alexandra_Featherstonehaugh-"
            + "Wolfeschlegelsteinhausenberg_de_la_Cruz";

    @TempDir
    Path folder;
    private TestCore core;
    private String stepId;

    @BeforeEach
    void anaWithAPlan() {
        core = new TestCore(TestDatabases.sqlite(folder, true), Instant.parse("2026-03-10T20:00:00Z"), 1000);
        core.engine.handle(Inbound.message(ANA, "help"));
        final Member member = core.store.read(session -> session.findMember(ANA)).orElseThrow();
        core.followUps.record(member, new Interview("Acme", "Analyst", Instant.parse("2026-03-10T18:00:00Z"),
                Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO, List.of(new Interviewer("Maximiliana", "", "", "")),
                Optional.empty(), ContactChannel.EMAIL, core.clock.instant(), ""));
        stepId = core.database.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM plan_steps LIMIT 1")
                .mapTo(String.class).one());
    }

    @AfterEach
    void stop() {
        core.close();
    }

    @Test
    @DisplayName("GIVEN a long command kept for a member's nudge WHEN the bot restarts THEN its id still names it, and "
            + "the database holds it sealed")
    void keptAcrossARestart() {
        // GIVEN
        final String id = new ButtonCommands(core.store).keep(COMMAND, ANA, Optional.of(stepId));

        // WHEN a new process reads it
        final Optional<String> read = new ButtonCommands(core.store).command(id);

        // THEN
        assertThat(id).hasSize(36);
        assertThat(read).contains(COMMAND);
        final String raw = core.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT command FROM button_ids").mapTo(String.class).one());
        assertThat(raw).doesNotContain("Maximiliana");
    }

    @Test
    @DisplayName("GIVEN kept commands WHEN their step is deleted, their member forgets themselves, or 90 days pass THEN "
            + "their ids name nothing")
    void expiresWithTheStepTheMemberAndTime() {
        // GIVEN three commands: one per way to go
        final ButtonCommands commands = new ButtonCommands(core.store);
        final String withStep = commands.keep(COMMAND, ANA, Optional.of(stepId));
        final String aged = commands.keep(COMMAND, new MemberKey("discord", "discord", "someone-else"), Optional.empty());

        // WHEN the step goes (retention deletes an interview's steps)
        core.database.jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM plan_steps WHERE id = :id")
                .bind("id", stepId).execute());
        // THEN
        assertThat(commands.command(withStep)).isEmpty();

        // WHEN Ana forgets herself
        final String withMember = commands.keep(COMMAND, ANA, Optional.empty());
        assertThat(commands.command(withMember)).contains(COMMAND);
        core.app.members().forget(core.store.read(session -> session.findMember(ANA)).orElseThrow());
        // THEN
        assertThat(commands.command(withMember)).isEmpty();

        // WHEN 90 days pass
        assertThat(commands.command(aged)).contains(COMMAND);
        core.clock.advance(ButtonCommands.LIFETIME.plus(Duration.ofMinutes(1)));
        // THEN
        assertThat(commands.command(aged)).isEmpty();
    }
}
