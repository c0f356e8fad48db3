package io.followupbot.conversation.commands;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class DueCommandTest {

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(TUESDAY_EVENING);

    private final ChatDriver ana = CORE.chat("ana");

    private void interview(final String company) {
        ana.command("");
        if (ana.text().contains("time zone")) {
            ana.say("ok");
            ana.say("Ana Ruiz | ana@example.com");
        }
        ana.say(company);
        ana.say("Data Analyst");
        ana.say("today 2pm");
        ana.click("Video");
        ana.say("Ben Ode, Head of Data, ben@acme.test");
        ana.say("by Friday");
        ana.say("their move from spreadsheets to dbt");
        for (int question = 0; question < 5 && !hasButton("Confirm"); question++) {
            if (hasButton("Email")) {
                ana.click("Email");
            } else {
                ana.say("skip");
            }
        }
        ana.click("Confirm");
    }

    private boolean hasButton(final String label) {
        return ana.last().messages().stream().flatMap(message -> message.buttons().stream())
                .anyMatch(button -> button.label().equals(label));
    }

    @Test
    @DisplayName("GIVEN no interviews WHEN the member asks what's due THEN the bot says nothing is and how to add one")
    void nothingDue() {
        ana.command("due");
        ana.expect("Nothing is due");
        ana.expect("/followup");
    }

    @Test
    @DisplayName("GIVEN two interviews, the first one's thank-you snoozed to next week WHEN the member asks what's due "
            + "THEN the second comes first, with its thank-you tonight")
    void soonestFirst() {
        interview("Acme Analytics");
        interview("Globex");
        ana.command("snooze 1 thank_you next Monday");

        ana.command("due");

        ana.expect("What's due next:");
        final List<Outbound.Field> fields = ana.last().messages().get(0).fields();
        assertThat(fields).extracting(Outbound.Field::label).hasSize(2);
        assertThat(fields.get(0).label()).isEqualTo("#2 Globex - Data Analyst");
        assertThat(fields.get(0).value()).contains("thank-you");
        assertThat(fields.get(1).label()).isEqualTo("#1 Acme Analytics - Data Analyst");
    }

    @Test
    @DisplayName("GIVEN two interviews, the first archived (nothing planned any more) WHEN the member asks what's due "
            + "THEN only the second is listed")
    void anArchivedInterviewIsNotDue() {
        interview("Acme Analytics");
        interview("Globex");
        ana.command("archive 1");

        ana.command("due");

        assertThat(ana.last().messages().get(0).fields()).extracting(Outbound.Field::label)
                .containsExactly("#2 Globex - Data Analyst");
    }
}
