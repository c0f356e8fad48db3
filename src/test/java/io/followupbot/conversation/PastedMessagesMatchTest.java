package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Reply;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which application an employer's pasted message is offered for: an open one with that company, the latest when
 * several; and the button that applies it.
 */
final class PastedMessagesMatchTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final ChatDriver ana = CORE.newChat();

    @Test
    @DisplayName("GIVEN an open interview with Acme Analytics WHEN Acme's update that they decide by Friday is pasted "
            + "THEN the one button moves the decision date to that Friday")
    void pastedUpdateWithADecisionDay() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));

        final Reply proposal = ana.say(String.join("\n", "From: Jordan Reyes <jordan@acmeanalytics.com>",
                "Subject: An update on your application for Data Analyst at Acme Analytics", "",
                "Hi Ana,", "", "We are still reviewing candidates for the Data Analyst role at Acme Analytics and "
                        + "expect to make a decision by Friday 13 March. Thank you for your patience during the "
                        + "interview process.", "", "Best,", "Jordan Reyes"));

        assertThat(proposal.messages().get(0).buttons()).extracting(Button::label, Button::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Yes, update #1", "heard 1 new-date 2026-03-13"),
                        org.assertj.core.groups.Tuple.tuple("No", "list"));
    }

    @Test
    @DisplayName("GIVEN Acme's application closed after its rejection WHEN the rejection is pasted again THEN there "
            + "is no open interview to note it on")
    void aClosedApplicationIsNotOffered() throws IOException {
        CORE.arriveWithInterview(ana.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));
        ana.say(PastedMessagesTest.resource("rejection.txt"));
        ana.click("Yes, close #1");

        final Reply again = ana.say(PastedMessagesTest.resource("rejection.txt"));

        assertThat(again.plainText()).contains("I have no open interview with that company to note it on. Type list "
                + "to see yours.").doesNotContain("#1");
        assertThat(again.messages().get(0).buttons()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN two open applications with Acme Analytics WHEN Acme's rejection is pasted THEN it is offered "
            + "for the latest, #2")
    void theLatestOpenApplicationWithTheCompany() throws IOException {
        CORE.arriveWithInterview(ana.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));
        ana.say("applied Acme Analytics, Data Engineer yesterday");

        final Reply proposal = ana.say(PastedMessagesTest.resource("rejection.txt"));

        assertThat(proposal.plainText()).contains("(That is #2.)");
        assertThat(proposal.messages().get(0).buttons()).extracting(Button::value)
                .containsExactly("heard 2 rejected", "list");
    }
}
