package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static io.followupbot.testkit.DiscordUser.WAIT;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.Application;
import io.followupbot.chat.Inbound;
import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.OnDiscord;
import io.followupbot.testkit.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The real bot (Application with JDA) against the Discord emulator: one JDA session for the class, one
 * Discord user per test so the tests do not share a conversation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
@OnDiscord(at = "2026-03-02T15:00:00Z", zone = "UTC")
final class DiscordEndToEndTest {

    @RegisterExtension
    static final LogCapture LOGS = new LogCapture();

    @Test
    @Order(1)
    @DisplayName("GIVEN the bot starts WHEN it connects THEN it identified, and registered /followup globally for "
            + "server and user installs")
    void registersTheCommand(final DiscordBot bot) {
        assertThat(bot.discord().gatewayOps()).contains(2);
        final List<DiscordEmulator.Request> registered = bot.discord().requests("PUT", "/applications/"
                + DiscordEmulator.APP_ID + "/commands");
        assertThat(registered).hasSize(1);
        final JsonNode command = registered.get(0).json().get(0);
        assertThat(command.path("name").asText()).isEqualTo("followup");
        assertThat(texts(command.path("integration_types"))).containsExactly("0", "1");
        assertThat(texts(command.path("contexts"))).containsExactly("0", "1", "2");
        final List<String> subcommands = new ArrayList<>();
        final List<String> more = new ArrayList<>();
        command.path("options").forEach(option -> subcommands.add(option.path("name").asText()));
        command.path("options").forEach(option -> option.path("options").forEach(sub -> {
            if (option.path("type").asInt() == 2) {
                more.add(sub.path("name").asText());
            }
        }));
        assertThat(subcommands).contains("new", "round", "list", "show", "plan", "draft", "sent", "heard", "offer",
                "snooze", "edit", "archive", "skip", "settings", "export", "forget-me", "help", "more");
        assertThat(more).contains("merge", "split", "withdraw", "debrief", "check", "competing", "pause", "resume");
        assertThat(bot.discord().violations()).isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("GIVEN a member in a server WHEN they walk /followup to a saved interview, get a nudge, edit it, "
            + "hear a rejection and forget themselves THEN each step answers in the right place")
    void wholeJourney(final DiscordBot bot, final DiscordUser ana) {

        final DiscordUser.Sent started = ana.slashInServer("new");
        await().atMost(WAIT).until(() -> ana.transcript().contains("I've sent you a direct message"));
        final JsonNode defer = bot.discord().callbacks(started.id()).get(0).json();
        assertThat(defer.path("type").asInt()).isEqualTo(5);
        assertThat(defer.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(bot.discord().followups(started.token()).get(0).json().path("flags").asInt() & 64).isEqualTo(64);
        assertThat(contents(bot.discord().messagesIn(ana.dmChannel()))).anyMatch(text -> text.contains("time zone"));

        DiscordJourneys.toTheFormat(ana, "Ana Ruiz | ana@example.com", "Acme", "Data Analyst", "today 10am");
        ana.click("video", "Who interviewed you");
        ana.answer("Ben Ode, CTO, ben@acme.com", "hear back");
        ana.answer("they didn't say", "What stood out");
        ana.answer("the churn model", "something you've done before");
        ana.answer("I rebuilt our churn model and cut false alarms by a third", "Anything you'd like to add");
        ana.answer("skip", "How do they prefer");
        ana.click("email", "Save it?");
        ana.click("confirm", "Saved as #1, Acme");

        final DiscordUser.Sent typed = ana.autocomplete("show", "id", "1");
        await().atMost(WAIT).until(() -> !bot.discord().callbacks(typed.id()).isEmpty());
        final JsonNode choices = bot.discord().callbacks(typed.id()).get(0).json();
        assertThat(choices.path("type").asInt()).isEqualTo(8);
        assertThat(choices.path("data").path("choices").get(0).path("name").asText()).startsWith("#1 Acme");
        assertThat(choices.path("data").path("choices").get(0).path("value").asInt()).isEqualTo(1);

        bot.clock().advance(Duration.ofDays(1));
        final int before = bot.discord().messagesIn(ana.dmChannel()).size();
        bot.application().dispatchNow();
        await().atMost(WAIT).until(() -> nudge(bot, ana, before) != null);
        final DiscordEmulator.Request nudge = nudge(bot, ana, before);
        assertThat(nudge.content()).contains("Ben Ode").contains("```");
        final List<String> buttons = customIds(nudge.json());
        assertThat(buttons).contains("heard 1", "archive 1").anyMatch(id -> id.startsWith("snooze 1 "));
        ana.click(buttons.stream().filter(id -> id.startsWith("sent 1")).findFirst().orElseThrow(), "");

        final DiscordUser.Sent edit = ana.slashInServer("edit", "id", 1);
        await().atMost(WAIT).until(() -> !bot.discord().callbacks(edit.id()).isEmpty());
        final JsonNode modal = bot.discord().callbacks(edit.id()).get(0).json();
        assertThat(modal.path("type").asInt()).isEqualTo(9);
        assertThat(modal.path("data").path("custom_id").asText()).isEqualTo("followup-edit:1");
        ana.submitModal("followup-edit:1", true, DiscordUser.values("company", "Acme Corp", "role", "",
                "decision", "Friday next week"));
        await().atMost(WAIT).until(() -> ana.transcript().contains("Updated #1, Acme Corp"));

        final DiscordUser.Sent newDate = ana.slashInServer("heard", "id", 1, "reply", "new-date");
        await().atMost(WAIT).until(() -> ana.transcript().contains("What date did they give"));
        ana.answer("2026-03-20", "news by");
        final DiscordUser.Sent editAgain = ana.slashInServer("edit", "id", 1);
        await().atMost(WAIT).until(() -> !bot.discord().callbacks(editAgain.id()).isEmpty());
        final String form = bot.discord().callbacks(editAgain.id()).get(0).json().toString();
        assertThat(form).contains("\"value\":\"2026-03-20\"").contains("\"value\":\"Acme Corp\"");
        assertThat(bot.discord().followups(newDate.token())).isNotEmpty();

        final int beforeSkip = ana.transcript().length();
        final DiscordUser.Sent skip = ana.slashInServer("skip", "id", 1, "step", "check_in");
        await().atMost(WAIT).until(() -> ana.transcript().substring(beforeSkip).contains("Okay, skipped: "));
        assertThat(ana.transcript().substring(beforeSkip)).contains("Okay, skipped: status check-in");
        assertThat(bot.discord().followups(skip.token())).isNotEmpty();
        final int beforeDebrief = ana.transcript().length();
        ana.slashInServer("debrief", "id", 1);
        await().atMost(WAIT).until(() -> ana.transcript().substring(beforeDebrief)
                .contains("Let's add what you learned at the Acme Corp interview"));
        ana.answer("cancel", "");

        final DiscordUser.Sent heard = ana.slashInServer("heard", "id", 1, "reply", "rejected");
        await().atMost(WAIT).until(() -> ana.transcript().contains("I'm sorry. A short, gracious reply"));
        assertThat(bot.discord().followups(heard.token())).allMatch(request -> (request.json().path("flags").asInt() & 64)
                == 64);

        ana.slashInDm("forget-me");
        await().atMost(WAIT).until(() -> ana.transcript().contains("Are you sure?"));
        ana.click("forget-me confirm", "everything I knew about you is deleted");
        assertThat(bot.count("SELECT COUNT(*) FROM interviews")).isZero();
    }

    @Test
    @Order(3)
    @DisplayName("GIVEN a member whose DMs refuse the bot (50007) WHEN they start /followup in a server THEN "
            + "they are told ephemerally how to allow DMs, and later the intake carries on where it was")
    void refusedDm(final DiscordBot bot, final DiscordUser ben) {
        bot.discord().refuseDmNext(ben.dmChannel());

        final DiscordUser.Sent refused = ben.slashInServer("new");
        await().atMost(WAIT).until(() -> ben.transcript().contains("Allow direct messages"));
        assertThat(bot.discord().followups(refused.token()).get(0).json().path("flags").asInt() & 64).isEqualTo(64);

        ben.slashInServer("new");
        await().atMost(WAIT).until(() -> contents(bot.discord().messagesIn(ben.dmChannel())).stream()
                .anyMatch(text -> text.contains("Let's carry on where we were")));
    }

    @Test
    @Order(4)
    @DisplayName("GIVEN Discord answers a DM with 429 and retry_after WHEN the bot replies THEN JDA waits and "
            + "sends it again, once")
    void rateLimit(final DiscordBot bot, final DiscordUser cleo) {
        bot.discord().rateLimitNext("POST", "/channels/" + cleo.dmChannel() + "/messages", Duration.ofSeconds(1));

        cleo.dm("help");

        // (the help is two messages since it passed Discord's 2,000 characters: the first is the one refused)
        await().atMost(WAIT).until(() -> helpAttempts(bot, cleo).size() >= 2);
        final List<DiscordEmulator.Request> attempts = helpAttempts(bot, cleo);
        assertThat(attempts.get(1).content()).contains("Here's what I can do");
        assertThat(Duration.ofNanos(attempts.get(1).atNanos() - attempts.get(0).atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(attempts).hasSize(2);
    }

    @Test
    @Order(5)
    @DisplayName("GIVEN a member in the middle of the intake WHEN the gateway drops the connection THEN JDA "
            + "resumes the session and the next answer continues the intake")
    void gatewayResume(final DiscordBot bot, final DiscordUser dee) {
        dee.slashInDm("new");
        await().atMost(WAIT).until(() -> dee.transcript().contains("time zone"));
        dee.answer("ok", "How should I sign");
        dee.answer("Dee", "Which company");
        final int connections = bot.discord().connections();

        bot.discord().dropConnection(4000);

        await().atMost(WAIT).until(() -> bot.discord().connections() > connections && bot.discord().gatewayOps().contains(6));
        dee.answer("Globex", "What's the role");
    }

    @Test
    @Order(6)
    @DisplayName("GIVEN a member who just used /followup in a server WHEN Discord refuses their nudge (50007) "
            + "THEN the dispatcher marks them unreachable and the bot tells them ephemerally how to allow DMs")
    void refusedNudge(final DiscordBot bot, final DiscordUser eve) {
        // Eve's DMs are closed from the start: her thank-you, entered hours late, may be due (and tried by the
        // poller) as soon as she confirms.
        bot.discord().refuseDmNext(eve.dmChannel());
        for (final String answer : List.of("ok", "Eve", "Initech", "Tester", "today 9am", "video", "skip",
                "they didn't say", "skip", "skip", "email", "confirm")) {
            if (answer.equals("ok")) {
                bot.application().engine().handle(Inbound.command(DiscordMembers.key(eve.id()), ""));
            }
            bot.application().engine().handle(Inbound.message(DiscordMembers.key(eve.id()), answer));
        }
        final DiscordUser.Sent list = eve.slashInServer("list");
        await().atMost(WAIT).until(() -> eve.transcript().contains("Initech"));

        bot.clock().advance(Duration.ofDays(1));
        bot.application().dispatchNow();

        await().atMost(WAIT).until(() -> bot.discord().followups(list.token()).stream()
                .anyMatch(request -> request.content().contains("Allow direct messages")));
        assertThat(bot.count("SELECT COUNT(*) FROM members WHERE user_id = '" + eve.id()
                + "' AND unreachable_since IS NOT NULL")).isEqualTo(1);
    }

    @Test
    @Order(7)
    @DisplayName("GIVEN a company *Robotics*, a role _lead_ ~x~ and an interviewer `Dana` WHEN the member saves and "
            + "lists THEN Discord receives their markdown escaped inside the bot's sentences, and the bold labels "
            + "stay whole (a lone ~ is no markdown on Discord)")
    void memberMarkdownShownAsTyped(final DiscordUser fay) {
        fay.slashInServer("new");
        await().atMost(WAIT).until(() -> fay.transcript().contains("I've sent you a direct message"));
        DiscordJourneys.toTheFormat(fay, "Fay Lin", "*Robotics*", "_lead_ ~x~", "today 10am");
        fay.click("video", "Who interviewed you");
        fay.answer("`Dana`", "hear back");
        fay.answer("they didn't say", "What stood out in your conversation with \\`Dana\\`?");
        DiscordJourneys.saved(fay, "the churn model", "Saved as #1, \\*Robotics\\*. Here is your plan");
        fay.answer("list", "#1");

        assertThat(fay.transcript()).doesNotContain("Saved as #1, *Robotics*")
                .contains("**#1 \\*Robotics\\* - \\_lead\\_ ~x~**: ")
                .contains("Your interviews:\n**#1");
    }

    @Test
    @Order(100)
    @DisplayName("GIVEN a full run WHEN every captured log line is searched THEN the bot token is in none")
    void tokenNeverLogged() {
        assertThat(LOGS.text()).isNotBlank().doesNotContain(DiscordBot.TOKEN).doesNotContain(DiscordBot.TOKEN.substring(0, 24))
                .doesNotContain("s3cr3t-token-value");
    }


    /** The requests that sent the first message of the help into the member's DM, refused ones included. */
    private static List<DiscordEmulator.Request> helpAttempts(final DiscordBot bot, final DiscordUser user) {
        return bot.discord().messagesIn(user.dmChannel()).stream()
                .filter(request -> request.content().contains("Here's what I can do")).toList();
    }

    /** The first DM after {@code after} that carries a nudge's buttons. */
    private static DiscordEmulator.Request nudge(final DiscordBot bot, final DiscordUser user, final int after) {
        final List<DiscordEmulator.Request> sent = bot.discord().messagesIn(user.dmChannel());
        return sent.subList(after, sent.size()).stream().filter(request -> customIds(request.json()).stream()
                .anyMatch(id -> id.startsWith("sent 1 "))).findFirst().orElse(null);
    }

    private static List<String> contents(final List<DiscordEmulator.Request> requests) {
        return requests.stream().map(DiscordEmulator.Request::content).toList();
    }

    private static List<String> texts(final JsonNode array) {
        final List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> customIds(final JsonNode message) {
        final List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components")
                .forEach(component -> ids.add(component.path("custom_id").asText())));
        return ids;
    }
}
