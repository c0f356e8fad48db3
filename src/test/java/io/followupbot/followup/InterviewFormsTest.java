package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.TextLimits;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Editing an interview by its form, and the follow-up use cases under it: what is stored and replanned. */
final class InterviewFormsTest {

    /** Tuesday 10 March 2026, 15:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    private final TestCore core = CORE.core();
    private final Member member = CORE.arrive("Ana", Optional.of(ZoneId.of("America/New_York"))).member();
    private final MemberKey key = member.key();

    private static Interview interview(final Instant startsAt, final Optional<LocalDate> decision) {
        return new Interview("Acme Analytics", "Data Analyst", startsAt, Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named("Ben Ode")), decision, ContactChannel.EMAIL, NOW, "", "I halved our reports");
    }

    /** An interview this morning, decision by Friday 13 March. */
    private Tracked recordedThisMorning() {
        return core.followUps.record(member, interview(Instant.parse("2026-03-10T14:00:00Z"),
                Optional.of(LocalDate.of(2026, 3, 13))));
    }

    @Test
    @DisplayName("GIVEN an interview WHEN its form opens THEN the four fields show the company, role, decision day "
            + "and past result, and only the past result spans lines")
    void theFormShowsTheInterview() {
        recordedThisMorning();

        final Form form = core.app.interviews().form(key, 1).orElseThrow();

        assertThat(form.title()).isEqualTo("Edit interview #1");
        assertThat(form.fields()).extracting(Form.FormField::key)
                .containsExactly("company", "role", "decision", "result");
        assertThat(form.fields()).extracting(Form.FormField::value)
                .containsExactly("Acme Analytics", "Data Analyst", "2026-03-13", "I halved our reports");
        assertThat(form.fields()).extracting(Form.FormField::label).containsExactly("Company", "Role",
                "When they said you'd hear back", "Your result for a problem they raised");
        assertThat(form.fields()).extracting(Form.FormField::multiline).containsExactly(false, false, false, true);
        assertThat(form.fields()).extracting(Form.FormField::maxLength)
                .containsExactly(TextLimits.NAME, TextLimits.NAME, TextLimits.NAME, TextLimits.RESULT);
    }

    @Test
    @DisplayName("GIVEN the employer gave a new date WHEN the form opens THEN the decision shows their latest date")
    void theDecisionIsTheLatestDate() {
        recordedThisMorning();
        core.followUps.report(member, 1, new InterviewEvent.StillDeciding(NOW.plusSeconds(60),
                Optional.of(LocalDate.of(2026, 3, 27))));
        core.followUps.report(member, 1, new InterviewEvent.StillDeciding(NOW.plusSeconds(120), Optional.empty()));
        core.followUps.report(member, 1, new InterviewEvent.StillDeciding(NOW,
                Optional.of(LocalDate.of(2026, 3, 20))));

        assertThat(core.app.interviews().form(key, 1).orElseThrow().field("decision").orElseThrow().value())
                .isEqualTo("2026-03-27");
    }

    @Test
    @DisplayName("GIVEN no such interview, or a member the bot does not know WHEN the form opens or is sent THEN there "
            + "is no form and the submission is not found")
    void noSuchInterview() {
        recordedThisMorning();
        final MemberKey stranger = CORE.newKey();

        assertThat(core.app.interviews().form(key, 2)).isEmpty();
        assertThat(core.app.interviews().form(stranger, 1)).isEmpty();
        assertThat(core.app.interviews().submit(key, 2, Map.of("company", "Globex")))
                .isEqualTo(new FormResult.NotFound(2));
        assertThat(core.app.interviews().submit(stranger, 1, Map.of("company", "Globex")))
                .isEqualTo(new FormResult.NotFound(1));
        assertThat(core.app.members().knows(stranger)).isFalse();
    }

    @Test
    @DisplayName("GIVEN every field empty or as shown WHEN the form is sent THEN nothing changes")
    void anUnchangedForm() {
        recordedThisMorning();

        assertThat(core.app.interviews().submit(key, 1, Map.of("company", " Acme Analytics ", "role", "",
                "decision", "2026-03-13"))).isInstanceOf(FormResult.Unchanged.class);
        assertThat(core.count("SELECT COUNT(*) FROM events WHERE kind = 'edited' AND member_id = '"
                + member.id() + "'")).isZero();
    }

    @Test
    @DisplayName("GIVEN a new company, role and decision day WHEN the form is sent THEN they are stored, the plan "
            + "follows the new day and the rest of the interview is kept")
    void aChangedFormIsSavedAndReplanned() {
        recordedThisMorning();

        final FormResult result = core.app.interviews().submit(key, 1, Map.of("company", "Globex",
                "role", "Senior Analyst", "decision", "2026-03-20"));

        assertThat(result).isInstanceOf(FormResult.InterviewSaved.class);
        assertThat(core.count("SELECT COUNT(*) FROM events WHERE kind = 'edited' AND member_id = '"
                + member.id() + "'")).isEqualTo(1);
        final Tracked stored = core.followUps.find(member, 1).orElseThrow();
        assertThat(stored.stored().interview().company()).isEqualTo("Globex");
        assertThat(stored.stored().interview().role()).isEqualTo("Senior Analyst");
        assertThat(stored.stored().interview().decisionDate()).contains(LocalDate.of(2026, 3, 20));
        assertThat(stored.stored().interview().pastResult()).isEqualTo("I halved our reports");
        assertThat(stored.stored().interview().interviewers()).extracting(Interviewer::name).containsExactly("Ben Ode");
        assertThat(stored.plan().steps(StepKind.CHECK_IN)).isNotEmpty().allSatisfy(step ->
                assertThat(step.at().toInstant()).isAfter(Instant.parse("2026-03-20T00:00:00Z")));
    }

    @Test
    @DisplayName("GIVEN a company name longer than a name may be WHEN the form is sent THEN it is cut at the limit")
    void longNamesAreCut() {
        recordedThisMorning();

        core.app.interviews().submit(key, 1, Map.of("company", "C".repeat(250), "role", "R".repeat(250)));

        final Interview stored = core.followUps.find(member, 1).orElseThrow().stored().interview();
        assertThat(stored.company()).hasSize(TextLimits.NAME);
        assertThat(stored.role()).hasSize(TextLimits.NAME);
    }

    @Test
    @DisplayName("GIVEN 'they didn't say' as the decision WHEN the form is sent THEN the interview has no decision day")
    void theDecisionCanBeCleared() {
        recordedThisMorning();

        assertThat(core.app.interviews().submit(key, 1, Map.of("decision", "they didn't say")))
                .isInstanceOf(FormResult.InterviewSaved.class);

        assertThat(core.followUps.find(member, 1).orElseThrow().stored().interview().decisionDate()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a decision day before the interview, a vague one, and a past result too long WHEN sent THEN "
            + "each is refused by its field with what to write, and nothing is stored")
    void wrongValuesAreRefusedByField() {
        recordedThisMorning();

        final FormResult before = core.app.interviews().submit(key, 1, Map.of("decision", "last Monday",
                "result", "r".repeat(TextLimits.RESULT + 1), "company", "Globex"));
        final FormResult vague = core.app.interviews().submit(key, 1, Map.of("decision", "after the holidays"));

        assertThat(before).isInstanceOfSatisfying(FormResult.Refused.class, refused -> {
            assertThat(refused.errors()).containsOnlyKeys("decision", "result");
            assertThat(refused.errors().get("decision")).contains("before the interview");
            assertThat(refused.errors().get("result")).contains("up to 400 characters (yours has 401)");
        });
        assertThat(vague).isInstanceOfSatisfying(FormResult.Refused.class, refused ->
                assertThat(refused.errors().get("decision")).contains("doesn't name a day yet"));
        assertThat(core.followUps.find(member, 1).orElseThrow().stored().interview().company())
                .isEqualTo("Acme Analytics");
    }

    @Test
    @DisplayName("GIVEN a past result of exactly the longest length WHEN sent THEN it is stored")
    void theLongestResultFits() {
        recordedThisMorning();

        assertThat(core.app.interviews().submit(key, 1, Map.of("result", "r".repeat(TextLimits.RESULT))))
                .isInstanceOf(FormResult.InterviewSaved.class);
    }

    @Test
    @DisplayName("GIVEN an interview entered before it happened WHEN edited after it ended THEN the debrief it "
            + "planned is behind the member; WHEN edited before it began THEN the debrief is still ahead")
    void anEditAfterTheInterviewSettlesTheDebrief() {
        final Instant tomorrow = Instant.parse("2026-03-11T14:00:00Z");
        core.followUps.record(member, interview(tomorrow, Optional.empty()));

        core.app.interviews().submit(key, 1, Map.of("role", "Lead Analyst"));
        assertThat(core.followUps.find(member, 1).orElseThrow().plan().steps(StepKind.DEBRIEF)).isNotEmpty();

        core.clock.set(tomorrow.plus(Duration.ofHours(2)));
        final FormResult after = core.app.interviews().submit(key, 1, Map.of("role", "Principal Analyst"));

        assertThat(after).isInstanceOfSatisfying(FormResult.InterviewSaved.class, saved -> {
            assertThat(saved.tracked().plan().steps(StepKind.DEBRIEF)).isEmpty();
            assertThat(saved.tracked().events()).anyMatch(event -> event instanceof InterviewEvent.Sent sent
                    && sent.kind() == StepKind.DEBRIEF);
        });
        assertThat(core.followUps.find(member, 1).orElseThrow().plan().steps(StepKind.DEBRIEF)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a rejected interview and an open one WHEN a persistent cadence is replanned THEN only the "
            + "open one gets a third check-in; a report on a number the member does not have changes nothing")
    void replanningLeavesClosedInterviewsAlone() {
        recordedThisMorning();
        core.followUps.record(member, interview(Instant.parse("2026-03-10T15:00:00Z"), Optional.empty()));
        core.followUps.report(member, 1, new InterviewEvent.Rejected(NOW));
        assertThat(core.followUps.report(member, 9, new InterviewEvent.Rejected(NOW))).isEmpty();
        assertThat(core.followUps.edit(member, 9, interview(NOW, Optional.empty()))).isEmpty();

        final String pending = "SELECT COUNT(*) FROM plan_steps WHERE kind = 'check_in' AND status = 'pending' "
                + "AND member_id = '" + member.id() + "'";
        assertThat(core.count(pending)).isEqualTo(2);
        final Member persistent = new Member(member.id(), key, member.displayName(),
                member.settings().withCadence(io.followupbot.interview.Cadence.PERSISTENT), member.zoneConfirmed(),
                member.dmChannel(), member.lastChannel(), member.unreachableSince());
        core.app.members().save(persistent);

        core.followUps.replanAll(persistent);

        assertThat(core.count(pending)).isEqualTo(3);
        assertThat(core.followUps.pipeline(key)).extracting(tracked -> tracked.stored().stage())
                .containsExactly(Stage.REJECTED, Stage.THANK_YOU_DUE);
        assertThat(core.followUps.pipeline(member)).extracting(Tracked::number).containsExactly(1, 2);
    }

    @Test
    @DisplayName("GIVEN an edit preview of an interview WHEN the plan is shown THEN it counts what already happened; "
            + "for a number the member does not have THEN it is the plan of a new interview")
    void previewsOfEdits() {
        recordedThisMorning();
        core.followUps.report(member, 1, new InterviewEvent.Sent(NOW, StepKind.THANK_YOU, Optional.empty()));

        assertThat(core.followUps.preview(member, 1, interview(Instant.parse("2026-03-10T14:00:00Z"),
                Optional.empty())).done(StepKind.THANK_YOU)).isNotEmpty();
        assertThat(core.followUps.preview(member, 7, interview(Instant.parse("2026-03-10T14:00:00Z"),
                Optional.empty())).steps(StepKind.THANK_YOU)).isNotEmpty();
    }
}
