package io.followupbot.conversation.views;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.MemberText;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.CoreForClass;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first line of each nudge: what to do and why now, naming the company as the member typed it. */
final class NudgeLeadsTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private static Member member;
    private static Tracked globex;

    @BeforeAll
    static void recordGlobex() {
        member = CORE.arrive("Ana").member();
        globex = CORE.core().followUps.record(member, new Interview("Globex", "Data Analyst",
                TUESDAY_AFTERNOON, Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named("Ben Ode")), Optional.empty(), ContactChannel.EMAIL, TUESDAY_EVENING, ""));
    }

    private static String lead(final Tracked tracked, final StepKind kind, final boolean last) {
        final PlannedStep step = new PlannedStep(kind, TUESDAY_EVENING.atZone(ZoneId.of("America/New_York")), Optional.empty(), 1,
                last);
        return MemberText.strip(NudgeComposer.lead(tracked, step, TUESDAY_EVENING));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "PREP|false|Your Globex interview for Data Analyst is today. Good luck!",
        "CHECK_IN|false|It's time for a polite check-in with Globex about the Data Analyst role.",
        "CHECK_IN|true|Still no word from Globex. One last, friendly check-in that leaves the door open.",
        "REPLY_UPDATE|false|Globex gave you an update: thank them and say you'll wait.",
        "REPLY_REJECTION|false|A gracious reply to Globex keeps the door open for the next role there.",
        "REPLY_OFFER|false|Reply to Globex's offer within 24 hours: accept, or ask for a few days.",
        "COMPETING_OFFER|false|Your other offer has a deadline. If it's true, let Globex know and ask about timing.",
        "WITHDRAWAL|false|A short note to withdraw from Globex keeps things friendly.",
        "MOVE_ON|false|No answer from Globex so far. Close the loop if you like, then put your energy into the next "
            + "applications."})
    @DisplayName("each step's nudge starts by saying what to do, for this company")
    void eachStepSaysWhatToDo(final StepKind kind, final boolean last, final String lead) {
        assertThat(lead(globex, kind, last)).isEqualTo(lead);
    }

    @Test
    @DisplayName("GIVEN an offer unanswered WHEN its reminder comes THEN it says its 24 hours are nearly up; the "
            + "debrief asks how it went; the thank-you to interviewers not named thanks them all")
    void remindersDebriefsAndThankYous() {
        assertThat(lead(globex, StepKind.OFFER_REMINDER, false)).startsWith("You haven't told me you answered "
                + "Globex's offer, and its 24 hours are nearly up.");
        assertThat(lead(globex, StepKind.DEBRIEF, false)).startsWith("How did the Globex interview go?");
        assertThat(lead(globex, StepKind.THANK_YOU, false)).startsWith("Time to thank your interviewers for the "
                + "Globex interview.");
    }

    @Test
    @DisplayName("GIVEN check-ins sent and no answer WHEN the move-on nudge comes THEN it says after your check-ins")
    void movingOnAfterCheckIns() {
        CORE.core().followUps.report(member, 1, new InterviewEvent.Sent(TUESDAY_EVENING, StepKind.CHECK_IN, Optional.empty()));
        final Tracked checkedIn = CORE.core().followUps.find(member, 1).orElseThrow();

        assertThat(lead(checkedIn, StepKind.MOVE_ON, true)).startsWith("No answer from Globex after your check-ins.");
    }

    @Test
    @DisplayName("GIVEN an application with no interview yet WHEN its follow-up and then its move-on come THEN the "
            + "follow-up says there is no word on the application, the move-on says to let it go")
    void anApplicationWithoutInterview() {
        final Tracked initech = CORE.core().followUps.apply(member, "Initech", "Business Analyst",
                TUESDAY_EVENING.minus(Duration.ofDays(10)));

        assertThat(lead(initech, StepKind.APPLICATION_FOLLOW_UP, false)).isEqualTo("No word from Initech on your "
                + "application for Business Analyst yet. A short follow-up to the recruiter or the hiring team now shows "
                + "you're still keen.");
        assertThat(lead(initech, StepKind.MOVE_ON, true)).isEqualTo("Still nothing from Initech on your application "
                + "for Business Analyst. Let it go: tap Done and I'll mark it moved on; if they write later, tell me and "
                + "we pick it up.");
    }
}
