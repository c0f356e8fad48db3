package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class RoundsJourneyTest {

    /** Wednesday 25 November 2026, 10:00 in New York (the members' default zone). */
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    @Test
    @DisplayName("explore")
    void explore() {
        final ChatDriver chat = CORE.newcomer().chat();
        say(chat, "");
        say(chat, "ok");
        say(chat, "Ana Ruiz | +1 555 0100 | ana@example.com");
        say(chat, "Acme Analytics");
        say(chat, "Data Analyst");
        say(chat, "2026-11-17 10:00");
        click(chat, "Phone");
        say(chat, "Rita Gomez, Recruiter, rita@acme.test");
        click(chat, "They didn't say");
        say(chat, "skip");
        say(chat, "skip");
        say(chat, "skip");
        click(chat, "Email");
        click(chat, "Confirm");
        say(chat, "I had my second round with Acme Analytics yesterday at 2pm");
        click(chat, "Video");
        say(chat, "Dr. Maya Chen, Head of Data; Tom Baker, Analytics Lead");
        say(chat, "a week from Friday");
        say(chat, "her plan to move reporting to dbt");
        say(chat, "his question about churn");
        say(chat, "skip");
        say(chat, "skip");
        click(chat, "Email");
        click(chat, "Confirm");
        say(chat, "list");
        say(chat, "due");
        say(chat, "show 1");
        say(chat, "plan 1");
        assertThat(chat.text()).isNotEmpty();
    }

    private static void say(final ChatDriver chat, final String text) {
        if (text.isEmpty()) {
            chat.command("");
        } else {
            chat.say(text);
        }
        System.out.println(">>> " + text + "\n" + chat.text() + "\n");
    }

    private static void click(final ChatDriver chat, final String label) {
        chat.click(label);
        System.out.println(">>> [" + label + "]\n" + chat.text() + "\n");
    }
}
