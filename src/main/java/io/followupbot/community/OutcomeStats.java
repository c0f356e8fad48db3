package io.followupbot.community;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A community's anonymous figures, per month of interview, from the interviews of members who agreed to count.
 * A figure stands on the members behind it: with fewer than {@value #MIN_MEMBERS} it is hidden.
 */
public final class OutcomeStats {

    /** The fewest members a shown figure may stand on. */
    public static final int MIN_MEMBERS = 5;
    static final Duration THANK_YOU_WINDOW = Duration.ofHours(24);
    /** A check-in sent within two days of the bot's nudge for it is on time. */
    static final Duration CHECK_IN_GRACE = Duration.ofDays(2);

    /** One figure: its value, and how many members stand behind it; hidden below the minimum. */
    public record Figure(double value, int members) {

        public boolean shown() {
            return members >= MIN_MEMBERS;
        }

        public Optional<Double> visible() {
            return shown() ? Optional.of(value) : Optional.empty();
        }
    }

    /** The figures of one month of interviews. */
    public record Month(YearMonth month, Figure interviews, Figure thankYousWithin24h, Figure checkInsOnTime,
                        Figure replies, Figure offers, Figure medianDaysToAnswer) {
    }

    private OutcomeStats() {
    }

    public static List<Month> of(final List<OutcomeFacts> facts) {
        final TreeMap<YearMonth, List<OutcomeFacts>> months = new TreeMap<>();
        for (final OutcomeFacts fact : facts) {
            months.computeIfAbsent(YearMonth.from(fact.interviewStart().atOffset(ZoneOffset.UTC)),
                    month -> new ArrayList<>()).add(fact);
        }
        final List<Month> result = new ArrayList<>();
        months.forEach((month, inMonth) -> result.add(month(month, inMonth)));
        return result;
    }

    private static Month month(final YearMonth month, final List<OutcomeFacts> facts) {
        final Set<String> everyone = members(facts);
        int thankYous = 0;
        int thankYousInTime = 0;
        final Set<String> thanking = new HashSet<>();
        int checkIns = 0;
        int checkInsOnTime = 0;
        final Set<String> checking = new HashSet<>();
        int replies = 0;
        int offers = 0;
        final List<Double> days = new ArrayList<>();
        final Set<String> answered = new HashSet<>();
        for (final OutcomeFacts fact : facts) {
            for (final Instant sent : fact.thankYous()) {
                thankYous++;
                thanking.add(fact.memberId());
                thankYousInTime += Duration.between(fact.interviewEnd(), sent).compareTo(THANK_YOU_WINDOW) <= 0 ? 1 : 0;
            }
            for (final Instant sent : fact.checkIns()) {
                checkIns++;
                checking.add(fact.memberId());
                checkInsOnTime += onTime(sent, fact.checkInNudges()) ? 1 : 0;
            }
            replies += fact.replies().size();
            offers += fact.offers();
            fact.answer().ifPresent(answer -> {
                days.add(Duration.between(fact.interviewStart(), answer).toHours() / 24.0);
                answered.add(fact.memberId());
            });
        }
        return new Month(month, new Figure(facts.size(), everyone.size()),
                new Figure(share(thankYousInTime, thankYous), thanking.size()),
                new Figure(share(checkInsOnTime, checkIns), checking.size()),
                new Figure(replies, everyone.size()), new Figure(offers, everyone.size()),
                new Figure(median(days), answered.size()));
    }

    /** Sent no earlier than the nudge for it, and within the grace after it. */
    static boolean onTime(final Instant sent, final List<Instant> nudges) {
        return nudges.stream().filter(nudge -> !nudge.isAfter(sent))
                .anyMatch(nudge -> Duration.between(nudge, sent).compareTo(CHECK_IN_GRACE) <= 0);
    }

    static double median(final List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        final List<Double> sorted = values.stream().sorted().toList();
        final int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double share(final int part, final int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Set<String> members(final List<OutcomeFacts> facts) {
        final Set<String> members = new HashSet<>();
        facts.forEach(fact -> members.add(fact.memberId()));
        return members;
    }
}
