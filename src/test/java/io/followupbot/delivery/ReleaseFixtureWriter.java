package io.followupbot.delivery;

import io.followupbot.followup.Tracked;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.TestCore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the committed fixture {@code src/test/resources/fixtures/release-7/} with the release that kept every
 * interview on its own (commit 1d733da, schema 10): a SQLite file with two members, four interviews, their events
 * and plans, some steps delivered by the real dispatcher, and {@code plans.txt}, each interview's plan as that
 * release worked it out at {@link #NOW}. The migration test opens the file with the current code and checks that the
 * plans and the delivered steps are unchanged. Run once, by hand, on that release; kept to show how the file was made.
 */
public final class ReleaseFixtureWriter {

    /** The moment the plans in {@code plans.txt} were worked out at. */
    public static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

    private ReleaseFixtureWriter() {
    }

    public static void main(final String[] args) throws IOException {
        final Path out = Path.of(args[0]);
        Files.createDirectories(out);
        final Path folder = Files.createTempDirectory("fixture");
        final Instant start = Instant.parse("2026-11-02T14:00:00Z");
        try (TestCore core = new TestCore(folder, start)) {
            final Member ana = core.store.inTransaction(session -> session.memberFor(
                    new MemberKey("slack", "T1", "U1"), "Ana"));
            final Member ben = core.store.inTransaction(session -> session.memberFor(
                    new MemberKey("discord", "G1", "42"), "Ben"));
            // #1: a screen with two interviewers, a thank-you sent, one skipped, a check-in delivered and sent
            core.followUps.record(ana, interview("Acme Analytics", "Data Analyst", "2026-11-02T15:00:00Z",
                    Optional.empty(), start, Interviewer.named("Rita Gomez"), Interviewer.named("Dr. Maya Chen")));
            // #2: entered in advance, with a decision date
            core.followUps.record(ana, interview("Globex", "BI Engineer", "2026-11-05T16:00:00Z",
                    Optional.of(LocalDate.parse("2026-11-13")), start, Interviewer.named("Tom Baker")));
            // #3: rejected
            core.followUps.record(ana, interview("Initech", "Analyst", "2026-11-01T18:00:00Z",
                    Optional.empty(), start, Interviewer.named("Peter Gibbons")));
            // Ben's #1: a snoozed thank-you
            core.followUps.record(ben, interview("Umbrella", "Data Scientist", "2026-11-02T10:00:00Z",
                    Optional.empty(), start));
            core.clock.set(Instant.parse("2026-11-03T14:00:00Z"));
            core.followUps.report(ana, 1, new InterviewEvent.Sent(core.clock.instant(), StepKind.THANK_YOU,
                    Optional.of("Rita Gomez")));
            core.followUps.report(ana, 1, new InterviewEvent.Declined(core.clock.instant(), StepKind.THANK_YOU,
                    Optional.of("Dr. Maya Chen")));
            core.followUps.report(ana, 3, new InterviewEvent.Rejected(core.clock.instant()));
            core.followUps.report(ben, 1, new InterviewEvent.Snoozed(core.clock.instant(), StepKind.THANK_YOU,
                    Optional.empty(), Instant.parse("2026-11-04T14:00:00Z")));
            deliverDue(core, Instant.parse("2026-11-10T15:00:00Z"));
            core.clock.set(Instant.parse("2026-11-10T16:00:00Z"));
            core.followUps.report(ana, 1, new InterviewEvent.Sent(core.clock.instant(), StepKind.CHECK_IN,
                    Optional.empty()));
            core.followUps.report(ana, 2, new InterviewEvent.StillDeciding(core.clock.instant(),
                    Optional.of(LocalDate.parse("2026-11-20"))));
            deliverDue(core, Instant.parse("2026-11-17T15:00:00Z"));
            core.clock.set(NOW);
            Files.write(out.resolve("plans.txt"), plans(core.followUps, List.of(ana, ben)));
        }
        Files.copy(folder.resolve("followup.db"), out.resolve("followup.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every plan of these members, one line per step, as {@code plans.txt} holds them. */
    public static List<String> plans(final io.followupbot.followup.FollowUps followUps, final List<Member> members) {
        final List<String> lines = new ArrayList<>();
        for (final Member member : members) {
            for (final Tracked tracked : followUps.pipeline(member)) {
                lines.add(member.key() + " #" + tracked.number() + " " + tracked.plan().stage());
                tracked.plan().steps().forEach(step -> lines.add("  pending " + line(step)));
                tracked.plan().done().forEach(step -> lines.add("  done " + line(step)));
                tracked.plan().skipped().forEach(skipped -> lines.add("  skipped " + line(skipped.step())
                        + " (" + skipped.why() + ")"));
                tracked.plan().waiting().forEach(waiting -> lines.add("  waiting " + line(waiting.step())));
            }
        }
        return lines;
    }

    private static String line(final PlannedStep step) {
        return step.key() + " " + step.at().toInstant() + (step.last() ? " last" : "");
    }

    private static void deliverDue(final TestCore core, final Instant at) {
        core.clock.set(at);
        try (Dispatcher dispatcher = new Dispatcher(new io.followupbot.store.DeliveryStore(core.store, false), new TestRenderer(),
                nudge -> SendResult.delivered(), UnreachableNotifier.NONE, core.clock,
                DispatcherSettings.standard("fixture"))) {
            while (dispatcher.runOnce().delivered() > 0) {
                continue;
            }
        }
    }

    private static Interview interview(final String company, final String role, final String at,
            final Optional<LocalDate> decision, final Instant recorded, final Interviewer... people) {
        return new Interview(company, role, Instant.parse(at), Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(people), decision, ContactChannel.EMAIL, recorded, "");
    }
}
