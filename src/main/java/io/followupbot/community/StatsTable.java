package io.followupbot.community;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** The figures as a small table of text, one line per month; a hidden figure reads "<5". */
public final class StatsTable {

    private static final String HIDDEN = "<5";

    private StatsTable() {
    }

    public static String of(final StatsAnswer stats) {
        if (stats.months().isEmpty()) {
            return "No figures yet: they count the interviews of members who agreed (settings stats on)."
                    + goals(stats.goalsMetLastWeek());
        }
        final StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-9s %10s %9s %9s %7s %6s %8s%n",
                "month", "interviews", "ty<24h", "on time", "replies", "offers", "days"));
        for (final OutcomeStats.Month month : stats.months()) {
            table.append(String.format(Locale.ROOT, "%-9s %10s %9s %9s %7s %6s %8s%n",
                    month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.month().getYear(),
                    count(month.interviews()), percent(month.thankYousWithin24h()), percent(month.checkInsOnTime()),
                    count(month.replies()), count(month.offers()), days(month.medianDaysToAnswer())));
        }
        return table.toString().stripTrailing() + goals(stats.goalsMetLastWeek());
    }

    /** The weekly-goal line, when a counted member has a goal: "<5" until five have one. */
    private static String goals(final OutcomeStats.Figure met) {
        if (met.members() == 0) {
            return "";
        }
        return "\nWeekly goals met last week: " + met.visible().map(share -> Math.round(share * 100) + "% of the "
                + met.members() + " members with a goal").orElse(HIDDEN + " members with a goal") + ".";
    }

    private static String count(final OutcomeStats.Figure figure) {
        return figure.visible().map(value -> String.valueOf(Math.round(value))).orElse(HIDDEN);
    }

    private static String percent(final OutcomeStats.Figure figure) {
        return figure.visible().map(value -> Math.round(value * 100) + "%").orElse(HIDDEN);
    }

    private static String days(final OutcomeStats.Figure figure) {
        final Optional<Double> value = figure.visible();
        return value.map(days -> String.format(Locale.ROOT, "%.1f", days)).orElse(HIDDEN);
    }
}
