package io.followupbot.community;

import io.followupbot.drafts.CheckContext;
import io.followupbot.drafts.Draft;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftContext;
import io.followupbot.drafts.DraftKind;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.drafts.Finding;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A community's template before it is accepted: it must compile with the known values, and its draft, filled
 * for a sample interview, must pass the draft checker as the built-in wording does. The sample draft is the
 * preview an admin sees.
 */
final class TemplateCheck {

    /** What the check found: the preview when accepted, the problems otherwise. */
    record Result(boolean accepted, String preview, List<String> problems) {
    }

    private static final Instant INTERVIEW = Instant.parse("2026-03-10T14:00:00Z");
    private static final LocalDate DECISION = LocalDate.of(2026, 3, 13);

    private final DraftRenderer base;
    private final DraftChecker checker;

    TemplateCheck(final DraftRenderer base, final DraftChecker checker) {
        this.base = base;
        this.checker = checker;
    }

    Result check(final DraftKind kind, final String source, final Map<DraftKind, String> others) {
        final DraftRenderer renderer;
        try {
            final Map<DraftKind, String> all = new java.util.EnumMap<>(DraftKind.class);
            all.putAll(others);
            all.put(kind, source);
            renderer = base.withWording(all);
        } catch (final IllegalArgumentException unusable) {
            return new Result(false, "", List.of(unusable.getMessage()));
        }
        final Interviewer ana = new Interviewer("Ana Ruiz", "Head of Analytics", "ana@northwind.example",
                "your plan to rebuild the churn dashboard");
        final Interview sample = new Interview("Northwind Labs", "Data Analyst", INTERVIEW, Duration.ofMinutes(45),
                InterviewFormat.VIDEO, List.of(ana), Optional.of(DECISION), ContactChannel.EMAIL, INTERVIEW, "",
                "I cut a monthly report from two days to one hour");
        final MemberSettings member = MemberSettings.defaults(ZoneOffset.UTC, "US")
                .withName("Sam Lee", "sam.lee@example.com");
        final DraftContext context = DraftContext.of(sample, member).to(ana).withDate(DECISION.plusDays(7));
        final Draft draft = renderer.render(kind, context);
        final LocalDate sendDate = kind.isCheckIn() ? DECISION.plusDays(1) : LocalDate.of(2026, 3, 10);
        final CheckContext checked = CheckContext.forDraft(kind, sample, sendDate).withRecipient(ana)
                .withDecisionDate(DECISION);
        final List<Finding> findings = checker.check(draft.text(), checked);
        final String preview = draft.subject().map(subject -> "Subject: " + subject + "\n\n").orElse("") + draft.body();
        final List<String> problems = new ArrayList<>();
        findings.forEach(finding -> problems.add(finding.reason() + " " + finding.suggestion()));
        // the same draft for a second round, after a screen with a recruiter a week before: its round values filled
        final Interview screen = new Interview("Northwind Labs", "Data Analyst", INTERVIEW.minus(Duration.ofDays(7)),
                Duration.ofMinutes(30), InterviewFormat.PHONE, List.of(new Interviewer("Rita Gomez", "Recruiter", "", "")),
                Optional.empty(), ContactChannel.EMAIL, INTERVIEW.minus(Duration.ofDays(7)), "", "");
        final Draft later = renderer.render(kind, context.after(List.of(screen)));
        checker.check(later.text(), checked).stream().map(finding -> "In a second round's draft: " + finding.reason()
                + " " + finding.suggestion()).filter(problem -> !problems.contains(problem)).forEach(problems::add);
        return new Result(problems.isEmpty(), preview, problems);
    }
}
