package io.followupbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.conversation.ConversationEngine;
import io.followupbot.interview.MemberKey;
import java.util.Optional;

/** Journeys many tests start from, typed as a new member types them. */
public final class Journeys {

    private Journeys() {
    }

    /**
     * A new member's first interview, today at 2pm, by video with Ben Ode, news by Friday: through the onboarding and
     * every question to "Saved as #1".
     */
    public static ChatDriver enterInterview(final ConversationEngine engine, final MemberKey member,
                                            final String company) {
        final ChatDriver chat = new ChatDriver(engine, member, Optional.empty());
        chat.startAsNewMember("Ana Ruiz | +1 555 0100 | ana@example.com");
        chat.say(company);
        chat.say("Data Analyst");
        chat.say("today 2pm");
        chat.click("Video");
        chat.say("Ben Ode, Head of Data, ben@acme.test");
        chat.say("by Friday");
        chat.say("their move from spreadsheets to dbt");
        chat.say("skip");
        chat.say("skip");
        chat.click("Email");
        chat.click("Confirm");
        chat.expect("Saved as #1");
        return chat;
    }

    /**
     * The rest of the intake after the interviewers, with nothing more to say: no decision date, no detail, no past
     * result, nothing to add, by email; then Confirm at the summary.
     */
    public static void finishWithoutDetails(final ChatDriver chat) {
        chat.click("They didn't say");
        chat.say("skip");
        chat.say("skip");
        chat.say("skip");
        chat.click("Email");
        chat.click("Confirm");
    }

    /**
     * The end of issue 28's journey on a running bot, whatever its platform: after a recruiter screen and the second
     * round with Dr. Maya Chen and Tom Baker, the dispatcher sends what is due now, the two thank-yous (in this call or
     * in its own background run meanwhile, either way once), and the plan is read when both are out and nothing is in
     * flight: one application of two rounds, the second round's thank-yous delivered, then one check-in sequence and
     * one move-on; the screen's steps are not pending any more.
     */
    public static void secondRoundThankedOnce(final RunningBot bot) {
        bot.dispatchUntilDelivered("thank_you@", 2);
        assertThat(bot.count("SELECT COUNT(*) FROM interviews WHERE application_id IS NULL")).isEqualTo(1);
        assertThat(bot.count("SELECT COUNT(*) FROM interviews")).isEqualTo(2);
        assertThat(bot.pendingAnd("thank_you@")).containsExactly(
                "thank_you@Dr. Maya Chen delivered", "thank_you@Tom Baker delivered", "check_in pending",
                "check_in#2 pending", "move_on pending");
    }
}
