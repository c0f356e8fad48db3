package io.followupbot.conversation.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.followup.Members;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.TestCore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code settings goal N}: how many applications and follow-ups a member means to make a week, 1 to 50, or off; kept
 * with their settings, in their export, and gone with forget-me.
 */
final class WeeklyGoalSettingTest {

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(Instant.parse("2026-03-10T15:00:00Z"));

    private final TestCore core = CORE.core();
    private final ChatDriver ana = arrived(new MemberKey("web", "local", "ana"));

    /** A member the bot knows, past the first questions. */
    private ChatDriver arrived(final MemberKey key) {
        core.app.members().arrive(new Members.Arrival(key, "Ana", Optional.empty(), ""));
        return CORE.chat(key);
    }

    @Test
    @DisplayName("GIVEN a member without a goal WHEN they set one of 5, then 12 a week, then off THEN each is saved and "
            + "listed with their settings; 0 turns it off too")
    void setAndTurnedOff() {
        assertThat(goal()).isEqualTo("off");

        assertThat(ana.command("settings goal 5").plainText()).startsWith("Saved.");
        assertThat(goal()).isEqualTo("5");
        ana.command("settings weekly-goal 12 a week");
        assertThat(goal()).isEqualTo("12");
        ana.command("settings goal off");
        assertThat(goal()).isEqualTo("off");
        ana.command("settings goal 3");
        ana.command("settings goal 0");
        assertThat(goal()).isEqualTo("off");
    }

    @Test
    @DisplayName("GIVEN a goal past 50 a week, or no number WHEN typed THEN each is refused in words that say what a "
            + "goal is, and the goal stays as it was")
    void refusals() {
        ana.command("settings goal 4");

        assertThat(ana.command("settings goal 51").plainText()).isEqualTo("\"51\" is more than a week can hold: a goal "
                + "is at most 50 applications and follow-ups a week (or off).");
        assertThat(ana.command("settings goal lots").plainText()).isEqualTo("\"lots\" isn't a weekly goal: write how "
                + "many applications and follow-ups you mean to make a week, from 1 to 50, or off.");
        assertThat(ana.command("settings goal -3").plainText()).isEqualTo("\"-3\" isn't a weekly goal: write how "
                + "many applications and follow-ups you mean to make a week, from 1 to 50, or off.");
        assertThat(goal()).isEqualTo("4");
    }

    @Test
    @DisplayName("GIVEN a member with a goal of 5 WHEN they export THEN the JSON carries it; WHEN they forget-me THEN "
            + "no member's goal is left in the database")
    void exportedAndForgotten() {
        ana.command("settings goal 5");

        ana.command("export");
        final String json = ana.files().stream().filter(file -> file.name().endsWith(".json"))
                .map(file -> new String(file.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(json).contains("\"weekly_goal\" : 5");
        assertThat(core.count("SELECT COUNT(*) FROM members WHERE weekly_goal = 5")).isEqualTo(1);

        ana.command("forget-me confirm");
        assertThat(core.count("SELECT COUNT(*) FROM members WHERE weekly_goal > 0")).isZero();
    }

    private String goal() {
        ana.command("settings");
        return ana.last().messages().get(0).fields().stream().filter(field -> field.label().equals("goal"))
                .map(Outbound.Field::value).findFirst().orElseThrow();
    }
}
