package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class AppliedJourneyTest {

    /** Monday 7 December 2026, 22:30 in New York (the members' default zone): late at night. */
    private static final Instant NOW = Instant.parse("2026-12-08T03:30:00Z");

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(NOW);

    private ChatDriver member() {
        final ChatDriver chat = CORE.chat("U1");
        chat.startAsNewMember("Ana Ruiz | +1 555 0100 | ana@example.com");
        chat.say("cancel");
        return chat;
    }

    @Test
    void scratch() {
        final ChatDriver chat = member();
        System.out.println("=== " + chat.say("applied Acme Analytics, Data Analyst yesterday"));
        System.out.println("=== " + chat.text());
        chat.say("I applied to Globex for the Product Manager role on Friday");
        System.out.println("=== " + chat.text());
        chat.say("list");
        System.out.println("=== " + chat.text());
        CORE.core().clock.advance(Duration.ofDays(8));
        chat.say("draft 1");
        System.out.println("=== " + chat.text());
        chat.say("applied Initech, Analyst next friday");
        System.out.println("=== " + chat.text());
        chat.say("applied Initech");
        System.out.println("=== " + chat.text());
        chat.command("");
        for (String a : new String[] {"Acme Analytics", "Data Analyst", "today 2pm"}) { chat.say(a); System.out.println("=== " + chat.text()); }
        chat.click("Video");
        chat.say("Rita Gomez, Recruiter");
        System.out.println("=== " + chat.text());
        chat.click("They didn't say");
        chat.say("skip"); chat.say("skip"); chat.say("skip");
        chat.click("Email");
        System.out.println("=== " + chat.text());
        chat.click("Confirm");
        System.out.println("=== " + chat.text());
        chat.click("Yes, for #1");
        System.out.println("=== " + chat.text());
        chat.say("show 1");
        System.out.println("=== " + chat.text());
        chat.say("list");
        System.out.println("=== " + chat.text());
        chat.say("report");
        System.out.println("=== " + new String(chat.files().get(0).content()));
    }
}
