package io.followupbot.drafts;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** The interviews and members the draft tests fill templates from. */
final class SampleInterviews {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Tuesday 10 March 2026, 14:00 London time. */
    static final ZonedDateTime INTERVIEW_START = ZonedDateTime.of(2026, 3, 10, 14, 0, 0, 0, ZONE);
    /** Friday 13 March 2026: "we will decide by Friday". */
    static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 13);
    static final String PHONE = "+44 20 7946 0958";

    static final Interviewer ANA = new Interviewer("Ana Ruiz", "Engineering Manager", "ana.ruiz@acme.example",
            "the plan to move the nightly billing jobs onto a streaming pipeline");
    static final Interviewer BEN = new Interviewer("Ben Okafor", "Head of Data", "ben.okafor@acme.example",
            "how the team checks data quality before every release");

    private SampleInterviews() {
    }

    /** Two interviewers with titles, emails and details; a decision date; an addition. */
    static Interview full() {
        return new Interview("Acme Analytics", "Data Engineer", INTERVIEW_START.toInstant(), Duration.ofMinutes(60),
                InterviewFormat.VIDEO, List.of(ANA, BEN), Optional.of(DECISION_DATE), ContactChannel.EMAIL,
                INTERVIEW_START.minusDays(2).toInstant(),
                "When we discussed on-call work, I should have mentioned that I led the incident rota for a team of eight");
    }

    /** The full interview, held by phone. */
    static Interview phone() {
        final Interview full = full();
        return new Interview(full.company(), full.role(), full.startsAt(), full.length(), InterviewFormat.PHONE,
                full.interviewers(), full.decisionDate(), full.channel(), full.recordedAt(), full.addition());
    }

    /** The bare minimum: interviewers known by name only, no decision date, no addition. */
    static Interview sparse() {
        return new Interview("Acme Analytics", "Data Engineer", INTERVIEW_START.toInstant(), null,
                InterviewFormat.ONSITE, List.of(Interviewer.named("Ana Ruiz"), Interviewer.named("Ben Okafor")),
                Optional.empty(), null, INTERVIEW_START.plusHours(2).toInstant(), null);
    }

    static MemberSettings member() {
        return MemberSettings.defaults(ZONE, "GB")
                .withName("Maya Lindqvist", PHONE + " | maya.lindqvist@example.com");
    }

    /** A full context for {@code kind}: per-person kinds go to Ana, dated kinds get a date. */
    static DraftContext fullContext(final DraftKind kind) {
        DraftContext context = DraftContext.of(full(), member())
                .withResult("At Northwind I moved our reporting batch jobs to a streaming pipeline, which cut report "
                        + "delays from six hours to under ten minutes")
                .withNote("Confluent published a clear case study on moving billing workloads to streams, "
                        + "including how they kept nightly reconciliation running in parallel");
        if (kind.isPerInterviewer() || kind == DraftKind.VALUE_ADD) {
            context = context.to(ANA);
        }
        return kind == DraftKind.REPLY_UPDATE || kind == DraftKind.COMPETING_OFFER || kind == DraftKind.OFFER_ASK_TIME
                ? context.withDate(LocalDate.of(2026, 3, 27)) : context;
    }

    /** A sparse context: no title, email, detail, addition, date, result or note; per-person kinds to Ana. */
    static DraftContext sparseContext(final DraftKind kind) {
        final DraftContext context = DraftContext.of(sparse(), member());
        return kind.isPerInterviewer() ? context.to(sparse().interviewers().get(0)) : context;
    }
}
