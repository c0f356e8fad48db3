package io.followupbot.discord;

import io.followupbot.testkit.DiscordUser;
import java.util.List;

/** Journeys Discord tests start from, typed in the bot's DM as a new member types them. */
final class DiscordJourneys {

    private DiscordJourneys() {
    }

    /**
     * A new member's first interview at Acme Analytics for Data Analyst, with one interviewer who gave no decision date,
     * through the onboarding and every question to "Saved as #1".
     */
    static void firstInterview(final DiscordUser user, final String when, final String format, final String interviewer) {
        user.answer("new", "Type ok to keep");
        final String firstName = interviewer.split(",")[0];
        for (final List<String> step : List.of(List.of("ok", "How should I sign"),
                List.of("Ana Ruiz | ana@example.com", "Which company"), List.of("Acme Analytics", "role"),
                List.of("Data Analyst", "When was the interview"), List.of(when, "phone, video"),
                List.of(format, "Who interviewed you"), List.of(interviewer, "hear back"),
                List.of("they didn't say", "conversation with " + firstName), List.of("skip", "something you've done"),
                List.of("skip", "add or clarify"), List.of("skip", "How do they prefer"), List.of("email", "Save it?"),
                List.of("confirm", "Saved as #1"))) {
            user.answer(step.get(0), step.get(1));
        }
    }

    /**
     * From the onboarding's ok to the question how the interview was held: the member's signature, the company, the
     * role and when, as typed.
     */
    static void toTheFormat(final DiscordUser user, final String signature, final String company, final String role,
            final String when) {
        user.answer("ok", "How should I sign");
        user.answer(signature, "Which company");
        user.answer(company, "What's the role");
        user.answer(role, "When was the interview");
        user.answer(when, "phone, video or on-site");
    }

    /**
     * The intake's last questions: {@code answer} to the one before "something you've done before" (a note on the
     * last interviewer, or the decision date when no interviewer was named), then nothing done before, nothing to add,
     * and the interviewers prefer email (its button); up to "Save it?".
     */
    static void toTheSummary(final DiscordUser user, final String answer) {
        user.answer(answer, "something you've done before");
        user.answer("skip", "Anything you'd like to add");
        user.answer("skip", "How do they prefer");
        user.click("email", "Save it?");
    }

    /** The intake's last questions as {@link #toTheSummary}, then confirm, until the bot says {@code saved}. */
    static void saved(final DiscordUser user, final String answer, final String saved) {
        toTheSummary(user, answer);
        user.click("confirm", saved);
    }
}
