package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "I have my second round with Acme tomorrow" and "I have an interview with Globex on Friday" typed as a sentence: a
 * further round goes to the open application with that company (the latest when several), anything else is a new
 * application.
 */
final class RoundSentencesTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    /** Ana, whose #1 is Acme Analytics - Data Analyst, interviewed three days ago. */
    private static ChatDriver anaWithAcme() {
        final ChatDriver chat = CORE.newChat();
        CORE.arriveWithInterview(chat.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));
        return chat;
    }

    @Test
    @DisplayName("GIVEN an open application with Acme Analytics WHEN the member has an interview with Globex THEN it "
            + "is a new application with Globex, not a round of Acme's")
    void anotherCompanyIsANewApplication() {
        final ChatDriver chat = anaWithAcme();
        chat.say("I have an interview with Globex tomorrow at 10am");
        assertThat(chat.text()).isEqualTo("An interview with Globex, Wednesday 11 March 2026 at 10:00. A few questions "
                + "about it.\nWhat's the role?");
        // AND the day the sentence gave is not asked again: after the role, how it will be held
        chat.say("Product Manager");
        assertThat(chat.text()).startsWith("Will it be by phone, video or on-site?");
    }

    @Test
    @DisplayName("GIVEN an open application with Acme Analytics WHEN the member says on Tuesday they have an interview "
            + "(not a further round) with acme on Friday THEN it is asked about as an interview with the company as "
            + "Acme's application names it, on the Friday to come")
    void anInterviewWithTheSameCompanyIsNotCalledARound() {
        final ChatDriver chat = anaWithAcme();
        chat.say("I have an interview with acme on Friday at 10am");
        assertThat(chat.text()).startsWith("An interview with acme, Friday 13 March 2026 at 10:00. A few questions "
                + "about it.\nWill it be by phone, video or on-site?");
        // AND the notes hold the company as #1 names it (the note on notes left too long names it)
        CORE.core().clock.advance(Duration.ofDays(8));
        chat.say("list");
        assertThat(chat.text()).startsWith("Your unfinished notes about the Acme Analytics interview were left for "
                + "too long");
    }

    @Test
    @DisplayName("GIVEN an open application with Acme Analytics WHEN the member has their second round with Acme THEN "
            + "it is round 2 of #1")
    void aFurtherRoundGoesToTheOpenApplication() {
        final ChatDriver chat = anaWithAcme();
        chat.say("I have my second round with Acme tomorrow at 10am");
        assertThat(chat.text()).isEqualTo("Round 2 of #1 Acme Analytics - Data Analyst, Wednesday 11 March 2026 at 10:00. "
                + "A few questions about it.\n"
                + "Will it be by phone, video or on-site?\n[Phone]\n[Video]\n[On-site]");
    }

    @Test
    @DisplayName("GIVEN Acme's application closed (rejected) WHEN the member has a second round with Acme THEN it is "
            + "a new application: a closed one gets no further round")
    void aClosedApplicationGetsNoFurtherRound() {
        final ChatDriver chat = anaWithAcme();
        chat.say("heard 1 rejected");
        chat.say("I have my second round with Acme tomorrow at 10am");
        assertThat(chat.text()).isEqualTo("An interview with Acme, Wednesday 11 March 2026 at 10:00. A few questions "
                + "about it.\nWhat's the role?");
    }

    @Test
    @DisplayName("GIVEN two open applications with Acme Analytics, #2 sent yesterday with no interview yet WHEN the "
            + "member has the next round with Acme THEN it is the first interview of #2, the latest")
    void theLatestOpenApplicationWithTheCompanyTakesTheRound() {
        final ChatDriver chat = anaWithAcme();
        chat.say("applied Acme Analytics, Data Engineer yesterday");
        chat.say("I have my next round with Acme tomorrow at 10am");
        assertThat(chat.text()).startsWith("The first interview of #2 Acme Analytics - Data Engineer, Wednesday 11 March "
                + "2026 at 10:00. A few questions about it.\n");
    }

    @Test
    @DisplayName("GIVEN a member WHEN they say they applied, in a sentence THEN the application is saved under a number")
    void anApplicationInASentence() {
        final ChatDriver chat = anaWithAcme();
        chat.say("I applied to Globex for the Product Manager role yesterday");
        assertThat(chat.text()).startsWith("Saved as #2: your application to Globex for Product Manager.")
                .contains("Applied: Monday 9 March 2026 (no interview yet)");
    }
}
