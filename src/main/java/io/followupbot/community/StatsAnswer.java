package io.followupbot.community;

import java.util.List;

/** A community's figures, per month, and the chart of them (a PNG). */
public record StatsAnswer(List<OutcomeStats.Month> months, byte[] chart) {

    public StatsAnswer {
        months = List.copyOf(months);
        chart = chart.clone();
    }

    @Override
    public byte[] chart() {
        return chart.clone();
    }
}
