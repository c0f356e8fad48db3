package io.followupbot.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reader of a weekly goal ({@code settings goal N}): applications and follow-ups a week, 1 to 50, or off. */
final class WeeklyGoalValueTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(textBlock = """
            5, 5
            5 a week, 5
            5 per week, 5
            5/week, 5
            ' 50 ', 50
            1, 1
            off, 0
            OFF, 0
            none, 0
            0, 0
            """)
    @DisplayName("a goal is a number from 1 to 50, with or without \"a week\"; off, none and 0 are no goal")
    void read(final String typed, final int goal) {
        assertThat(SettingValues.weeklyGoal(typed).value()).contains(goal);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"51", "1000000000", "five", "", "-1", "5.5", "5 a day"})
    @DisplayName("a goal past 50, or not a whole number of a week, is refused")
    void refused(final String typed) {
        assertThat(SettingValues.weeklyGoal(typed).isRefused()).isTrue();
    }

    @Test
    @DisplayName("a goal past 50 is told the limit; anything else is told what a goal is")
    void refusals() {
        assertThat(SettingValues.weeklyGoal("51").refusal()).isEqualTo("\"51\" is more than a week can hold: a goal is at "
                + "most 50 applications and follow-ups a week (or off).");
        assertThat(SettingValues.weeklyGoal("lots").refusal()).isEqualTo("\"lots\" isn't a weekly goal: write how "
                + "many applications and follow-ups you mean to make a week, from 1 to 50, or off.");
    }
}
