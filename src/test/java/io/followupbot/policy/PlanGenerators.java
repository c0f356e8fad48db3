package io.followupbot.policy;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** What the policy's properties draw their cases from: a member's place, a start to the minute, an interview. */
final class PlanGenerators {

    private PlanGenerators() {
    }

    /** Where a generated member lives: their zone and the country whose business days they keep. */
    record Member(String zone, String country) {

        ZoneId zoneId() {
            return ZoneId.of(zone);
        }

        MemberSettings settings(final Cadence cadence) {
            return MemberSettings.defaults(zoneId(), country).withCadence(cadence);
        }
    }

    /** Any whole minute from {@code from} to {@code until}. */
    static Arbitrary<Instant> wholeMinutes(final Instant from, final Instant until) {
        return Arbitraries.longs().between(from.getEpochSecond() / 60, until.getEpochSecond() / 60)
                .map(minute -> Instant.ofEpochSecond(minute * 60));
    }

    /**
     * A video interview at Acme of the default length, starting at {@code start}, with {@code interviewers} people
     * named by number and a decision {@code decisionInDays} after its day in {@code zone}.
     */
    static Interview interview(final Instant start, final ZoneId zone, final int interviewers,
                               final Optional<Integer> decisionInDays, final Instant recordedAt) {
        final LocalDate interviewDay = start.atZone(zone).toLocalDate();
        final List<Interviewer> people = IntStream.range(0, interviewers)
                .mapToObj(index -> Interviewer.named("Interviewer " + index)).toList();
        return new Interview("Acme", "Engineer", start, Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO, people,
                decisionInDays.map(interviewDay::plusDays), ContactChannel.EMAIL, recordedAt, "");
    }
}
