package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Printable;
import io.followupbot.interview.ActivityKind;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.interview.WorkSearchTerms;
import io.followupbot.policy.Plan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The work-search log: each activity once, on the member's own day, in the ISO week that day falls in. */
final class WorkSearchLogTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

    /**
     * An application of two rounds in March 2026, around New York's clock change (Sunday 8 March): a screen on Friday
     * 6 March, a thank-you sent that evening, a round on Sunday 8 March at 23:30 New York time (Monday 05:30 in
     * Berlin), a check-in, a rejection on Wednesday 11 March at 23:30 New York time (Thursday in Berlin).
     */
    private static List<Tracked> march() {
        final Interview screen = round(Instant.parse("2026-03-06T15:00:00Z"), "Rita Gomez");
        final Interview second = round(Instant.parse("2026-03-09T03:30:00Z"), "Maya Chen");
        final StoredInterview stored = new StoredInterview("a1", "m1", 1, List.of(new StoredInterview.Round("a1", screen),
                new StoredInterview.Round("r2", second)), Stage.REJECTED);
        final List<InterviewEvent> events = List.of(
                new InterviewEvent.Sent(Instant.parse("2026-03-06T23:00:00Z"), StepKind.THANK_YOU, Optional.of("Rita Gomez")),
                new InterviewEvent.Snoozed(Instant.parse("2026-03-07T12:00:00Z"), StepKind.CHECK_IN, Optional.empty(),
                        Instant.parse("2026-03-10T12:00:00Z")),
                new InterviewEvent.Sent(Instant.parse("2026-03-10T13:00:00Z"), StepKind.CHECK_IN, Optional.empty()),
                new InterviewEvent.Rejected(Instant.parse("2026-03-12T03:30:00Z")));
        return List.of(new Tracked(stored, events, new Plan(Stage.REJECTED, List.of(), List.of())));
    }

    private static Interview round(final Instant at, final String person) {
        return new Interview("Acme Analytics", "Data Analyst", at, Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named(person)), Optional.empty(), ContactChannel.EMAIL, at, "");
    }

    @Test
    @DisplayName("GIVEN a month of activities across New York's clock change WHEN logged in New York THEN each comes once "
            + "on its New York day, and the weeks count them by ISO week")
    void newYork() {
        assertThat(WorkSearchLog.csv(march(), ZoneId.of("America/New_York"), MARCH_1, MARCH_31).lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-06,\"interview, round 1\",Acme Analytics,Data Analyst,Rita Gomez,video,",
                "2026-03-06,thank-you sent,Acme Analytics,Data Analyst,Rita Gomez,email,",
                "2026-03-08,\"interview, round 2\",Acme Analytics,Data Analyst,Maya Chen,video,",
                "2026-03-10,check-in sent,Acme Analytics,Data Analyst,,email,",
                "2026-03-11,reply heard,Acme Analytics,Data Analyst,,,rejected",
                "2026-W10,week total,,,,,3 activities",
                "2026-W11,week total,,,,,2 activities");
    }

    @Test
    @DisplayName("GIVEN the same month WHEN logged in Berlin THEN the late-night round and the rejection fall on the next "
            + "day, so the second round counts in ISO week 11")
    void berlin() {
        assertThat(WorkSearchLog.csv(march(), ZoneId.of("Europe/Berlin"), MARCH_1, MARCH_31).lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-06,\"interview, round 1\",Acme Analytics,Data Analyst,Rita Gomez,video,",
                "2026-03-07,thank-you sent,Acme Analytics,Data Analyst,Rita Gomez,email,",
                "2026-03-09,\"interview, round 2\",Acme Analytics,Data Analyst,Maya Chen,video,",
                "2026-03-10,check-in sent,Acme Analytics,Data Analyst,,email,",
                "2026-03-12,reply heard,Acme Analytics,Data Analyst,,,rejected",
                "2026-W10,week total,,,,,2 activities",
                "2026-W11,week total,,,,,3 activities");
    }

    @Test
    @DisplayName("GIVEN a range of two days WHEN logged THEN only their activities, and their week")
    void onlyTheRange() {
        assertThat(WorkSearchLog.csv(march(), ZoneId.of("America/New_York"), LocalDate.parse("2026-03-10"),
                LocalDate.parse("2026-03-11")).lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-10,check-in sent,Acme Analytics,Data Analyst,,email,",
                "2026-03-11,reply heard,Acme Analytics,Data Analyst,,,rejected",
                "2026-W11,week total,,,,,2 activities");
    }

    @Test
    @DisplayName("GIVEN an application with no interview yet, its follow-up sent and a LinkedIn connection made WHEN "
            + "logged THEN the application and its follow-up are activities; the LinkedIn connection is not")
    void anApplicationAndItsFollowUp() {
        final Instant sent = Instant.parse("2026-03-02T15:00:00Z");
        final Interview application = new Interview("Beta Corp", "Analyst", sent, Duration.ZERO,
                InterviewFormat.APPLICATION, List.of(), Optional.empty(), ContactChannel.EMAIL, sent, "");
        final Tracked tracked = new Tracked(new StoredInterview("b1", "m1", 1, application, Stage.WAITING), List.of(
                new InterviewEvent.Applied(sent),
                new InterviewEvent.Sent(Instant.parse("2026-03-09T15:00:00Z"), StepKind.APPLICATION_FOLLOW_UP,
                        Optional.empty()),
                new InterviewEvent.Sent(Instant.parse("2026-03-10T15:00:00Z"), StepKind.LINKEDIN, Optional.empty())),
                new Plan(Stage.WAITING, List.of(), List.of()));

        assertThat(WorkSearchLog.csv(List.of(tracked), ZoneId.of("UTC"), MARCH_1, MARCH_31).lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-02,applied,Beta Corp,Analyst,,application,",
                "2026-03-09,follow-up sent,Beta Corp,Analyst,,email,",
                "2026-W10,week total,,,,,1 activity",
                "2026-W11,week total,,,,,1 activity");
    }

    @Test
    @DisplayName("GIVEN an employer named like a formula WHEN logged THEN the cell stays text in a spreadsheet")
    void noCellRunsAsAFormula() {
        final Interview interview = new Interview("=HYPERLINK(\"http://x\")", "+Analyst", Instant.parse(
                "2026-03-06T15:00:00Z"), Duration.ofMinutes(45), InterviewFormat.PHONE, List.of(Interviewer.named(
                "@Rita")), Optional.empty(), ContactChannel.EMAIL, Instant.parse("2026-03-06T15:00:00Z"), "");
        final Tracked tracked = new Tracked(new StoredInterview("a1", "m1", 1, interview, Stage.WAITING), List.of(),
                new Plan(Stage.WAITING, List.of(), List.of()));
        assertThat(WorkSearchLog.csv(List.of(tracked), ZoneId.of("UTC"), MARCH_1, MARCH_31).lines()).contains(
                "2026-03-06,interview,\"'=HYPERLINK(\"\"http://x\"\")\",'+Analyst,'@Rita,phone,");
    }

    @Test
    @DisplayName("GIVEN a community's German words for the columns, the activities and the results WHEN logged in Berlin "
            + "THEN the header, each activity, each result and each week's count are in its words; the rest stays")
    void inTheCommunitysWords() {
        final WorkSearchTerms german = new WorkSearchTerms(Map.ofEntries(Map.entry(WorkSearchTerms.Column.DATE, "Datum"),
                Map.entry(WorkSearchTerms.Column.ACTIVITY, "Tätigkeit"),
                Map.entry(WorkSearchTerms.Column.EMPLOYER, "Arbeitgeber"),
                Map.entry(WorkSearchTerms.Column.POSITION, "Stelle"),
                Map.entry(WorkSearchTerms.Column.CONTACT, "Ansprechpartner"),
                Map.entry(WorkSearchTerms.Column.METHOD, "Art der Bewerbung"),
                Map.entry(WorkSearchTerms.Column.RESULT, "Ergebnis"),
                Map.entry(WorkSearchTerms.Label.INTERVIEW_ROUND, "Vorstellungsgespräch, Runde"),
                Map.entry(ActivityKind.THANK_YOU_SENT, "Dankschreiben gesendet"),
                Map.entry(ActivityKind.REPLY_HEARD, "Antwort erhalten"),
                Map.entry(WorkSearchTerms.Label.WEEK_TOTAL, "Summe der Woche"),
                Map.entry(WorkSearchTerms.Result.REJECTED, "Absage"),
                Map.entry(WorkSearchTerms.Result.ACTIVITIES, "Tätigkeiten")));

        final WorkSearchLog.Report report = WorkSearchLog.report(march(), ZoneId.of("Europe/Berlin"), MARCH_1, MARCH_31,
                german);

        assertThat(report.csv().lines()).containsExactly(
                "Datum,Tätigkeit,Arbeitgeber,Stelle,Ansprechpartner,Art der Bewerbung,Ergebnis",
                "2026-03-06,\"Vorstellungsgespräch, Runde 1\",Acme Analytics,Data Analyst,Rita Gomez,video,",
                "2026-03-07,Dankschreiben gesendet,Acme Analytics,Data Analyst,Rita Gomez,email,",
                "2026-03-09,\"Vorstellungsgespräch, Runde 2\",Acme Analytics,Data Analyst,Maya Chen,video,",
                "2026-03-10,check-in sent,Acme Analytics,Data Analyst,,email,",
                "2026-03-12,Antwort erhalten,Acme Analytics,Data Analyst,,,Absage",
                "2026-W10,Summe der Woche,,,,,2 Tätigkeiten",
                "2026-W11,Summe der Woche,,,,,3 Tätigkeiten");
        // AND the page's tables hold the same rows, week by week, each closed by its total
        assertThat(report.columns()).containsExactly("Datum", "Tätigkeit", "Arbeitgeber", "Stelle", "Ansprechpartner",
                "Art der Bewerbung", "Ergebnis");
        assertThat(report.weeks()).extracting(Printable.Table::heading).containsExactly("2026-W10", "2026-W11");
        assertThat(report.weeks().get(1).rows()).extracting(row -> row.get(1)).containsExactly(
                "Vorstellungsgespräch, Runde 2", "check-in sent", "Antwort erhalten");
        assertThat(report.weeks().get(1).closing()).containsExactly("2026-W11", "Summe der Woche", "", "", "", "",
                "3 Tätigkeiten");
    }
}
