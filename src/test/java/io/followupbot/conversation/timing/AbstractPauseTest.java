package io.followupbot.conversation.timing;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Outbound;
import io.followupbot.config.BotConfig;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.conversation.views.NudgeComposer;
import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.Exports;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.store.DeliveryStore;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.TestCore;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code pause until DATE} and {@code resume} (issue 31) across a restart: nothing goes out while the pause lasts,
 * the due steps wait (held, not sent, not marked sent), and on return one message lists them. Run on SQLite and on
 * PostgreSQL.
 */
abstract class AbstractPauseTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final MemberKey ANA = new MemberKey("web", "local", "ana");

    private final List<Nudge> received = new ArrayList<>();
    /** How many of the next sends the platform refuses for now (a passing failure). */
    private int failures;
    private TestCore core;

    @AfterEach
    void stop() {
        core.close();
    }

    /** A database that outlives a restart: the same one for every core the test opens. */
    abstract BotConfig.Database database();

    private static Instant local(final String at) {
        return LocalDateTime.parse(at).atZone(NEW_YORK).toInstant();
    }

    /** The bot (engine, store, dispatcher) started on the test's database at {@code at}. */
    private TestCore start(final String at) {
        if (core != null) {
            core.close();
        }
        core = new TestCore(database(), local(at), 1000);
        return core;
    }

    private Dispatcher dispatcher() {
        final ConversationParts parts = new ConversationParts(new LooseDateParser(), core.followUps,
                DraftRenderer.builtIn(), new DraftChecker(), new Exports(core.store, core.followUps));
        return new Dispatcher(new DeliveryStore(core.store, core.database.isPostgres()), new NudgeComposer(parts,
                core.clock), nudge -> {
                    if (failures > 0) {
                        failures--;
                        return SendResult.retryLater("the platform is down");
                    }
                    received.add(nudge);
                    return SendResult.delivered();
                }, null, core.clock, DispatcherSettings.standard("test"));
    }

    /** The dispatcher runs at {@code at}: returns what it delivered then. */
    private List<Nudge> dispatchAt(final String at) {
        core.clock.set(local(at));
        final int before = received.size();
        dispatcher().runOnce();
        return List.copyOf(received.subList(before, received.size()));
    }

    /** Ana, with two interviews that ended at 14:00 on Tuesday 10 March 2026: their thank-yous fall due at 18:00. */
    private ChatDriver anaWithTwoInterviews() {
        final ChatDriver ana = new ChatDriver(core.engine, ANA, Optional.empty());
        core.engine.handle(Inbound.message(ANA, "help"));
        final Member member = ana();
        for (final String company : List.of("Acme Analytics", "Globex")) {
            core.followUps.record(member, new Interview(company, "Data Analyst", local("2026-03-10T14:00"),
                    Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO, List.of(new Interviewer("Dana Cole", "", "",
                    "their move to dbt")), Optional.empty(), ContactChannel.EMAIL, core.clock.instant(), ""));
        }
        return ana;
    }

    private Member ana() {
        return core.store.read(session -> session.findMember(ANA)).orElseThrow();
    }

    /** Ana's pause until Monday, typed at 15:45 on Tuesday: at 18:00 both thank-yous are held, nothing goes out. */
    private void bothThankYousHeldUntilMonday() {
        start("2026-03-10T15:45");
        anaWithTwoInterviews().command("pause until Monday");
        assertThat(dispatchAt("2026-03-10T18:00")).isEmpty();
    }

    private static String fields(final Nudge nudge) {
        return nudge.message().fields().stream().map(field -> field.label() + ": " + field.value()).toList().toString();
    }

    @Test
    @DisplayName("GIVEN a member who paused until Monday, with two thank-yous due on Tuesday WHEN the bot restarts during "
            + "the pause and runs until Monday THEN nothing goes out before Monday 09:00, and then one message lists "
            + "both; neither is marked sent")
    void pauseUntilADayAcrossARestart() {
        // GIVEN Ana, two interviews, and a pause until Monday typed on Tuesday afternoon
        start("2026-03-10T15:45");
        final ChatDriver ana = anaWithTwoInterviews();
        assertThat(ana.command("pause until Monday").plainText()).isEqualTo("Your reminders are paused until Monday 16 "
                + "March 2026 at 09:00. Nothing goes out before then; what comes due meanwhile waits, and you'll get "
                + "one message with all of it when the pause ends. Type resume to end it sooner.");

        // WHEN the thank-yous fall due, the bot restarts, and it runs through the week to Monday
        assertThat(dispatchAt("2026-03-10T18:00")).isEmpty();
        assertThat(core.count("SELECT COUNT(*) FROM plan_steps WHERE status = 'held'")).isEqualTo(2);
        start("2026-03-11T12:00");
        final ChatDriver again = new ChatDriver(core.engine, ANA, Optional.empty());
        assertThat(again.command("settings").messages().get(0).fields()).contains(new Outbound.Field("Reminders",
                "paused until Monday 16 March 2026 at 09:00 (resume ends it)"));
        assertThat(again.command("list").messages().get(0).text())
                .isEqualTo("Your interviews (reminders paused until Monday 16 March 2026 at 09:00):");
        assertThat(dispatchAt("2026-03-12T09:00")).isEmpty();
        assertThat(dispatchAt("2026-03-16T08:59")).isEmpty();
        final List<Nudge> monday = dispatchAt("2026-03-16T09:00");

        // THEN Monday brings one message with both, the pause is over, and the thank-yous are still to do
        assertThat(monday).hasSize(1);
        assertThat(monday.get(0).message().text()).isEqualTo("Welcome back: your reminders are on again. While they "
                + "were paused, 2 follow-ups came due:");
        assertThat(fields(monday.get(0))).isEqualTo("[#1 Acme Analytics - Data Analyst: thank-you to Dana Cole, "
                + "#2 Globex - Data Analyst: thank-you to Dana Cole]");
        assertThat(monday.get(0).message().buttons()).extracting(button -> button.value()).containsExactly("due");
        assertThat(dispatchAt("2026-03-16T09:05")).isEmpty();
        assertThat(core.count("SELECT COUNT(*) FROM member_pauses")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM plan_steps WHERE status = 'held'")).isZero();
        assertThat(core.followUps.find(ana(), 1).orElseThrow().plan().steps()).extracting(step -> step.kind())
                .contains(StepKind.THANK_YOU);
        assertThat(again.command("list").messages().get(0).text()).isEqualTo("Your interviews:");
    }

    @Test
    @DisplayName("GIVEN a member whose pause held two thank-yous, and a restart WHEN they type resume on Thursday THEN "
            + "the reply says two waited, and the next run sends one message with both, then nothing more")
    void resumeAcrossARestart() {
        // GIVEN a pause until Monday that held both thank-yous, then a restart
        bothThankYousHeldUntilMonday();
        start("2026-03-12T10:00");
        final ChatDriver ana = new ChatDriver(core.engine, ANA, Optional.empty());

        // WHEN Ana resumes on Thursday, and the dispatcher runs
        final String reply = ana.command("resume").plainText();
        final List<Nudge> sent = dispatchAt("2026-03-12T10:00");

        // THEN one message with both, and nothing more after it
        assertThat(reply).isEqualTo("Your reminders are on again. 2 follow-ups waited; they come together in one "
                + "message in a moment.");
        assertThat(sent).hasSize(1);
        assertThat(fields(sent.get(0))).isEqualTo("[#1 Acme Analytics - Data Analyst: thank-you to Dana Cole, "
                + "#2 Globex - Data Analyst: thank-you to Dana Cole]");
        assertThat(dispatchAt("2026-03-12T10:01")).isEmpty();
        assertThat(ana.command("resume").plainText()).isEqualTo("Your reminders aren't paused, so there's nothing to "
                + "resume.");
    }

    @Test
    @DisplayName("GIVEN a pause that held nothing WHEN resumed THEN the reply says nothing came due, and the steps that "
            + "fall due afterwards go out one by one as usual")
    void resumeWithNothingHeld() {
        // GIVEN a pause until Monday, typed before anything fell due
        start("2026-03-10T15:45");
        final ChatDriver ana = anaWithTwoInterviews();
        ana.command("pause until Monday");

        // WHEN Ana resumes at 16:00, before the thank-yous' 18:00
        final String reply = ana.command("resume").plainText();

        // THEN nothing waited, and at 18:00 each thank-you is its own nudge
        assertThat(reply).isEqualTo("Your reminders are on again. Nothing came due while they were paused.");
        assertThat(core.count("SELECT COUNT(*) FROM member_pauses")).isZero();
        assertThat(dispatchAt("2026-03-10T18:00")).extracting(Nudge::kind)
                .containsExactly(StepKind.THANK_YOU, StepKind.THANK_YOU);
    }

    @Test
    @DisplayName("GIVEN a member WHEN they pause until a day already past, or without a day THEN nothing is paused and "
            + "the bot says how to write it")
    void pauseNeedsALaterDay() {
        // GIVEN Ana on Tuesday afternoon
        start("2026-03-10T15:45");
        final ChatDriver ana = anaWithTwoInterviews();

        // WHEN she pauses until today (whose 09:00 has passed), or says no day
        final String today = ana.command("pause until today").plainText();
        final String none = ana.command("pause").plainText();

        // THEN neither pauses
        assertThat(today).isEqualTo("That moment has passed already. Pick a later day, for example pause until "
                + "tomorrow.");
        assertThat(none).isEqualTo("Until when? For example pause until Monday, or pause until 3 August.");
        assertThat(core.count("SELECT COUNT(*) FROM member_pauses")).isZero();
    }

    @Test
    @DisplayName("GIVEN the message of what waited fails once (the platform is down) WHEN the dispatcher runs again "
            + "after the retry's wait THEN it goes then, once, still one message, and nothing went one by one")
    void theMessageOfWhatWaitedIsRetriedWhole() {
        // GIVEN two held thank-yous, a pause ending Monday 09:00, and a platform down at that moment
        bothThankYousHeldUntilMonday();
        failures = 1;

        // WHEN the dispatcher runs at 09:00 (refused), then at 09:05
        final List<Nudge> atNine = dispatchAt("2026-03-16T09:00");
        final List<Nudge> later = dispatchAt("2026-03-16T09:05");

        // THEN the steps stayed held through the failure, and the one message went at 09:05
        assertThat(atNine).isEmpty();
        assertThat(later).hasSize(1);
        assertThat(later.get(0).message().text()).endsWith("2 follow-ups came due:");
        assertThat(dispatchAt("2026-03-16T09:10")).isEmpty();
    }
}
