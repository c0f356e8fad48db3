package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.interview.MemberKey;
import io.followupbot.store.StoreSession;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass(name = "sealed: {0}")
@ValueSource(booleans = {false, true})
final class ConversationEngineTest {

    /** Whether member data is sealed (FOLLOWUP_ENCRYPTION_KEY set): every test runs both ways. */
    @Parameter
    boolean sealed;

    private static final MemberKey ANA = new MemberKey("web", "local", "ana");

    @TempDir
    Path folder;

    @AutoClose
    private TestCore core;
    private ChatDriver ana;

    @BeforeEach
    void start() {
        core = new TestCore(TestDatabases.sqlite(folder, sealed), TUESDAY_EVENING, 1000);
        ana = new ChatDriver(core.engine, ANA, Optional.empty());
    }

    private void fullIntake(final ChatDriver member) {
        member.startAsNewMember("Ana Ruiz | +1 555 0100 | ana@example.com");
        member.say("Acme Analytics");
        member.say("Data Analyst");
        member.say("today 2pm");
        member.click("Video");
        member.say("Ben Ode, Head of Data, ben@acme.test; Cleo Park, Recruiter");
        member.say("by Friday");
        member.say("their move from spreadsheets to dbt");
        member.say("how they hire for curiosity");
        member.say("skip");
        member.say("skip");
        member.click("Email");
    }

    @Test
    @DisplayName("GIVEN an offer WHEN the member reports it THEN the reply drafts come at once and the plan holds a "
            + "reminder before its 24 hours end; I sent it on the reminder answers the offer")
    void offerGetsAReminderUntilAnswered() {
        fullIntake(ana);
        ana.click("Confirm");

        ana.command("heard 1 offer");

        ana.expect("Stage: offer");
        ana.expect("reminder: reply to the offer");
        assertThat(ana.last().messages().stream().anyMatch(message -> message.draft().isPresent())).isTrue();
        ana.command("sent 1 offer_reminder");
        ana.expect("marked as sent");
        ana.command("plan 1");
        assertThat(ana.text().lines().filter(line -> line.contains("offer")))
                .hasSize(2).allMatch(line -> line.startsWith("done"));
    }

    @Test
    @DisplayName("GIVEN a saved interview WHEN the member edits its past result THEN the summary, the stored interview "
            + "and the interview card show the new one")
    void editPastResult() {
        fullIntake(ana);
        ana.click("Confirm");
        ana.command("edit 1");
        ana.expect("Editing #1");
        ana.say("edit result");
        ana.expect("something you've done before");
        ana.say("I shipped our dbt migration in six weeks. ".repeat(20));
        ana.expect("up to 400 characters (yours has 839)");
        ana.say("I shipped our dbt migration in six weeks");
        ana.expect("Save it?");
        ana.expect("I shipped our dbt migration in six weeks");
        ana.click("Confirm");
        ana.expect("Updated #1");
        ana.command("show 1");
        ana.expect("Past result");
        ana.expect("I shipped our dbt migration in six weeks");
    }

    @Test
    @DisplayName("GIVEN a new member WHEN they answer every question and confirm THEN the interview and its plan are stored")
    void fullIntakeStoresInterviewAndPlan() {
        ana.command("");
        ana.expect("Which time zone");
        ana.say("ok");
        ana.expect("How should I sign");
        ana.say("Ana Ruiz | +1 555 0100 | ana@example.com");
        ana.expect("Which company");
        ana.say("Acme Analytics");
        ana.expect("role");
        ana.say("Data Analyst");
        ana.expect("When was the interview");
        ana.say("today 2pm");
        ana.expect("Got it: Tuesday 10 March 2026");
        ana.click("Video");
        ana.expect("Who interviewed you");
        ana.say("Ben Ode, Head of Data, ben@acme.test; Cleo Park, Recruiter");
        ana.expect("Noted 2 interviewers");
        ana.say("by Friday");
        ana.expect("Decision expected by Friday 13 March 2026");
        ana.expect("conversation with Ben Ode");
        ana.say("their move from spreadsheets to dbt");
        ana.expect("conversation with Cleo Park");
        ana.say("how they hire for curiosity");
        ana.expect("something you've done before");
        ana.say("I moved our finance reporting from spreadsheets to dbt and cut the monthly close from ten days to four");
        ana.expect("add or clarify");
        ana.say("skip");
        ana.click("Email");
        ana.expect("Save it?");
        ana.expect("cut the monthly close from ten days to four");
        ana.expect("thank-you to Ben Ode");
        ana.expect("Mon 16 Mar, 09:00");

        ana.click("Confirm");

        ana.expect("Saved as #1");
        assertThat(core.count("SELECT COUNT(*) FROM interviews")).isEqualTo(1);
        assertThat(core.count("SELECT COUNT(*) FROM interviewers")).isEqualTo(2);
        assertThat(core.count("SELECT COUNT(*) FROM plan_steps WHERE status = 'pending'")).isGreaterThanOrEqualTo(4);
        assertThat(core.count("SELECT COUNT(*) FROM conversations")).isZero();

        // AND the full thank-you links the problem Ben raised to the result Ana gave
        ana.press("draft 1");
        ana.click("thank you full");
        ana.expect("What we said about your move from spreadsheets to dbt");
        ana.expect("I moved our finance reporting from spreadsheets to dbt and cut the monthly close from ten days "
                + "to four. I would gladly bring the same approach to Acme Analytics.");
        assertThat(ana.text()).doesNotContain("Note:");

        // AND the optional handwritten card, as specific as the email (it comes after the thank-you is out)
        ana.press("draft 1 handwritten_note");
        ana.expect("Our conversation about your move from spreadsheets to dbt is still on my mind.");
        assertThat(ana.text()).doesNotContain("Subject:").doesNotContain("Note:");
    }

    @Test
    @DisplayName("GIVEN an intake half-way WHEN the bot restarts (cache lost) THEN the member resumes at the same question")
    void restartMidIntakeResumes() {
        ana.startAsNewMember("skip");
        ana.say("Acme");
        ana.say("Analyst");

        core.engine.forgetCachedState();
        final TestCore restarted = core;
        final ChatDriver again = new ChatDriver(restarted.engine, ANA, Optional.empty());
        again.say("yesterday at 10");

        again.expect("Got it: Monday 9 March 2026 at 10:00");
        again.expect("phone, video or on-site");
    }

    @Test
    @DisplayName("GIVEN back, skip and cancel WHEN typed in the intake THEN the bot moves back, skips optional questions and drops the notes")
    void backSkipCancel() {
        ana.startAsNewMember("skip");
        ana.say("Acme");
        ana.say("back");
        ana.expect("Which company");
        ana.say("Acme Corp");
        ana.say("skip");
        ana.expect("I need this one");
        ana.say("Analyst");
        ana.say("cancel");
        ana.expect("nothing was saved");
        assertThat(core.count("SELECT COUNT(*) FROM interviews")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM conversations")).isZero();
    }

    @Test
    @DisplayName("GIVEN nonsense dates WHEN answered THEN the bot says how to write them and stays on the question")
    void badDatesGetAClearMessage() {
        ana.startAsNewMember("skip");
        ana.say("Acme");
        ana.say("Analyst");
        ana.say("the thirty-third of Smarch");
        assertThat(ana.text()).isEqualTo("I couldn't read \"the thirty-third of Smarch\" as the interview's day and time. "
                + "Write it like \"today 2pm\", \"yesterday at 10\", \"Tuesday 3pm\", \"3/14 at 2pm\", \"2026-03-14 14:00\" "
                + "or, for one still ahead, \"next Monday 10am\".");
        ana.say("today 2pm");
        ana.click("Phone");
        ana.say("skip");
        ana.say("last week");
        assertThat(ana.text()).doesNotContain("Decision expected");
    }

    @Test
    @DisplayName("GIVEN a stored interview WHEN the member uses every command THEN each answers with the right content")
    void commands() {
        fullIntake(ana);
        ana.click("Confirm");

        ana.command("list");
        ana.expect("#1 Acme Analytics - Data Analyst");
        ana.command("show 1");
        ana.expect("Ben Ode (Head of Data)");
        ana.command("plan 1");
        ana.expect("status check-in");
        ana.command("draft 1");
        assertThat(ana.last().messages().get(0).draft()).isPresent();
        ana.expect("dbt");
        ana.command("sent 1 thank_you@Ben_Ode");
        ana.expect("marked as sent");
        ana.command("snooze 1 thank_you tomorrow");
        ana.expect("I'll remind you about the thank-you to Cleo Park on Wed 11 Mar");
        ana.command("heard 1");
        ana.click("Still deciding, new date");
        ana.expect("What date did they give");
        ana.say("Wednesday next week");
        ana.expect("news by Wednesday 18 March 2026");
        ana.expect("Thu 19 Mar, 09:00");
        ana.command("check hey lol can u tell me if i got the job??? [Company]");
        ana.expect("A few things to look at");
        ana.command("settings cadence gentle");
        ana.expect("cadence: gentle");
        ana.command("settings zone Mars/Base");
        ana.expect("\"Mars/Base\" isn't a time zone I know");
        ana.command("export");
        assertThat(ana.files()).extracting(Outbound.FileAttachment::name)
                .containsExactly("followup-interviews.csv", "followup-pipeline.csv", "followup-data.json",
                        "followup-plan.ics", "followup-work-search-log.csv");
        ana.command("heard 1 rejected");
        ana.expect("Stage: rejected");
        assertThat(ana.last().messages().stream().anyMatch(message -> message.draft().isPresent())).isTrue();
        ana.command("archive 1");
        ana.expect("Archived");
        ana.command("fly 1");
        ana.expect("I don't know \"fly\"");
        ana.command("show 99");
        ana.expect("You have no interview #99");
        ana.command("help");
        ana.expect("forget-me");
    }

    @Test
    @DisplayName("GIVEN two members WHEN one presses a button naming an interview number THEN only their own interview is touched")
    void membersOnlyActOnTheirOwnInterviews() {
        fullIntake(ana);
        ana.click("Confirm");
        final ChatDriver ben = new ChatDriver(core.engine, new MemberKey("web", "local", "ben"), Optional.empty());

        ben.press("archive 1");
        ben.expect("You have no interview #1");
        ben.press("show 1");
        assertThat(ben.text()).doesNotContain("Acme");
        ana.command("show 1");
        ana.expect("Stage");
        assertThat(ana.text()).doesNotContain("archived");
    }

    @Test
    @DisplayName("GIVEN two members typing interleaved WHEN both finish THEN each has exactly their own interview")
    void interleavedMembers() {
        final ChatDriver ben = new ChatDriver(core.engine, new MemberKey("web", "local", "ben"),
                Optional.of(ZoneId.of("Europe/Berlin")));
        ana.command("");
        ben.command("");
        ben.expect("How should I sign");
        ana.say("ok");
        ben.say("Ben Ode");
        ana.say("skip");
        ben.say("Globex");
        ana.say("Acme");
        ben.say("Engineer");
        ana.say("Analyst");
        ben.say("yesterday at 10");
        ana.say("today 2pm");
        ben.say("on site");
        ana.say("phone");
        for (final ChatDriver member : new ChatDriver[] {ana, ben}) {
            member.say("skip");
            member.say("they didn't say");
            member.say("skip");
            member.say("skip");
            member.say("skip");
            member.click("Confirm");
            member.expect("Saved as #1");
        }
        ana.command("list");
        ana.expect("Acme");
        assertThat(ana.text()).doesNotContain("Globex");
        ben.command("show 1");
        ben.expect("Globex");
        ben.expect("Tuesday 10 March 2026 at 10:00");
    }

    @Test
    @DisplayName("GIVEN forget-me WHEN confirmed THEN no row about the member is left in any table")
    void forgetMe() {
        fullIntake(ana);
        ana.click("Confirm");
        ana.command("sent 1");
        ana.command("forget-me");
        ana.expect("Are you sure?");
        ana.click("Yes, delete everything");
        ana.expect("deleted");

        for (final String table : StoreSession.MEMBER_TABLES) {
            assertThat(core.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    @DisplayName("GIVEN an intake left for longer than the expiry WHEN the member writes again THEN a kind note says it was cleared")
    void abandonedIntakeExpires() {
        ana.startAsNewMember("skip");
        ana.say("Acme");
        core.clock.advance(Duration.ofDays(8));
        core.engine.forgetCachedState();

        ana.say("Analyst");

        ana.expect("Acme interview were left for too long");
        assertThat(core.count("SELECT COUNT(*) FROM conversations")).isZero();
    }

    @Test
    @DisplayName("GIVEN a 50 kB answer with control characters WHEN typed THEN it is cut, the member is told, and nothing breaks")
    void oversizedAnswer() {
        ana.startAsNewMember("skip");
        ana.say("A\u0000c\u0007me " + "x".repeat(50_000));

        ana.expect("I kept the first 2000 characters");
        ana.expect("What's the role?");
    }

    @Test
    @DisplayName("GIVEN a member whose DMs were refused WHEN they use the bot again THEN they are reachable and "
            + "their paused nudges are pending again")
    void unreachableMemberComesBack() {
        fullIntake(ana);
        ana.click("Confirm");
        core.database.jdbi().useHandle(handle -> {
            handle.execute("UPDATE members SET unreachable_since = 1");
            handle.execute("UPDATE plan_steps SET status = 'paused' WHERE status = 'pending'");
        });

        ana.command("list");

        assertThat(core.count("SELECT COUNT(*) FROM members WHERE unreachable_since IS NOT NULL")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM plan_steps WHERE status = 'paused'")).isZero();
        assertThat(core.count("SELECT COUNT(*) FROM plan_steps WHERE status = 'pending'")).isPositive();
    }

    @Test
    @DisplayName("GIVEN a command that starts a conversation WHEN answered THEN the reply asks to go on in the DM; "
            + "a one-off command does not")
    void conversationsMoveToTheDm() {
        assertThat(ana.command("list").moveToDm()).isFalse();
        assertThat(ana.command("").moveToDm()).isTrue();
        assertThat(ana.say("cancel").moveToDm()).isFalse();
        assertThat(ana.command("forget-me").moveToDm()).isTrue();
    }
}
