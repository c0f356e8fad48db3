package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.testkit.WebChat;
import io.followupbot.testkit.WebVisitor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The member's real timeline through the web chat's API: a late entry at night, one the next morning, one to come. */
final class WebTimelineJourneyTest {

    /** Wednesday 11 March 2026, 23:00 in New York: inside the default quiet hours. */
    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-12T03:00:00Z");

    private static String intake(final WebVisitor client, final String when) throws Exception {
        return client.sayAll(List.of("Acme", "Data Analyst", when, "video", "Priya Shah, Head of Data",
                "they didn't say", "their dbt migration", "skip", "skip", "email", "confirm"));
    }

    @Test
    @DisplayName("GIVEN yesterday's interview entered at 23:00 WHEN saved THEN the thank-you waits for the morning, "
            + "then comes as 'send it today'; the card shows the current stage after it is sent")
    void lateEntryAtNight() throws Exception {
        final WebVisitor client = web.visitor();
        client.say("/followup");
        client.say("Ana Ruiz | ana@example.com");
        final String saved = intake(client, "yesterday at 10am");
        // quiet hours: not now, but when they end
        assertThat(saved).contains("Thu 12 Mar, 08:00").contains("thank-you to Priya Shah")
                .contains("after the thank-you to Priya Shah").doesNotContain("Tue 10 Mar");

        web.clock().advance(Duration.ofHours(9));
        web.application().dispatchNow();
        await().atMost(Duration.ofSeconds(5)).until(() -> client.get("/api/history").toString().contains("send it today"));

        assertThat(WebVisitor.texts(client.say("I sent the thank-you to Priya"))).containsExactly("Nice work: thank-you to "
                + "Priya Shah marked as sent. Next: LinkedIn connection to Priya Shah, Fri 13 Mar, 09:00.");
        final JsonNode card = client.get("/api/pipeline").findValues("stage").get(0);
        assertThat(card.asText()).isEqualTo("waiting to hear");
        assertThat(client.say("show 1")).contains("LinkedIn connection to Priya Shah").contains("done");
    }

    @Test
    @DisplayName("GIVEN an interview tomorrow WHEN entered THEN the questions are in the future tense and no thank-you "
            + "draft comes before it")
    void upcoming() throws Exception {
        final WebVisitor client = web.visitor();
        client.say("/followup");
        client.say("skip");
        client.say("Acme");
        client.say("Data Analyst");
        assertThat(WebVisitor.texts(client.say("tomorrow 3pm"))).containsExactly("Got it: Thursday 12 March 2026 at "
                + "15:00.\nWill it be by phone, video or on-site?");
        assertThat(WebVisitor.texts(client.say("video"))).containsExactly("Who will interview you, if you know yet? Give "
                + "each person as name, title, email, separated by ;\nType skip if you don't know: I'll ask after the "
                + "interview.");
        client.say("skip");
        client.say("email");
        final String saved = client.say("confirm");
        assertThat(WebVisitor.texts(saved)).containsExactly("Saved as #1, Acme. Here is your plan; I'll nudge you with a "
                + "ready draft each time.");
        assertThat(saved).contains("prepare for the interview");
        assertThat(WebVisitor.texts(client.say("draft 1"))).containsExactly("Your interview with Acme hasn't happened "
                + "yet, so there's nothing to thank them for. The thank-you drafts come once it's over, with what stood "
                + "out. I'll nudge you with it on Thu 12 Mar, 19:00. For now: Your interview with Acme is coming up. "
                + "Before it ends, ask when you can expect to hear back, and note each interviewer's name and one thing "
                + "you discussed with them; that detail makes the thank-you yours.");
    }
}
