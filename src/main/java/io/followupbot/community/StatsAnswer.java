package io.followupbot.community;

import java.util.List;

/**
 * A community's figures, per month, and the chart of them (a PNG); and the share of its counted members with a
 * weekly goal who met it last week ({@link GoalStats}).
 */
public record StatsAnswer(List<OutcomeStats.Month> months, byte[] chart, OutcomeStats.Figure goalsMetLastWeek) {

    public StatsAnswer {
        months = List.copyOf(months);
        chart = chart.clone();
    }

    /** The monthly figures and their chart, with no member's weekly goal behind them. */
    public StatsAnswer(final List<OutcomeStats.Month> months, final byte[] chart) {
        this(months, chart, new OutcomeStats.Figure(0, 0));
    }

    @Override
    public byte[] chart() {
        return chart.clone();
    }
}
