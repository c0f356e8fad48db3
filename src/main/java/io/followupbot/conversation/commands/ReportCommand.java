package io.followupbot.conversation.commands;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Printable;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.followup.WorkSearchLog;
import io.followupbot.interview.Member;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report [from DATE] [to DATE]}: the work-search log, a CSV file with one row per activity and the activities
 * of each ISO week, for a benefits office or a coaching programme. Without dates: the last 30 days.
 */
final class ReportCommand implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("report", "report from 2026-03-01 to 2026-03-31", "your "
            + "work-search log as a spreadsheet (the last 30 days, or from and to a date)", "Your work-search log "
            + "as a spreadsheet", CommandArgument.text("dates", "from 2026-03-01 to 2026-03-31 (last 30 days if empty)",
            false));
    private static final Pattern DATES = Pattern.compile("(?:from\\s+(\\S+))?\\s*(?:to\\s+(\\S+))?");
    private static final int DEFAULT_DAYS = 30;

    private final CommandTools tools;

    ReportCommand(final CommandTools tools) {
        this.tools = tools;
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final Matcher dates = DATES.matcher(rest.strip().toLowerCase(Locale.ROOT));
        final LocalDate today = tools.clock().instant().atZone(member.settings().zone()).toLocalDate();
        final LocalDate from;
        final LocalDate to;
        try {
            if (!dates.matches()) {
                throw new DateTimeParseException("not a report line", rest, 0);
            }
            to = dates.group(2) == null ? today : LocalDate.parse(dates.group(2));
            from = dates.group(1) == null ? to.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(dates.group(1));
        } catch (final DateTimeParseException unread) {
            return Command.stay(state, Reply.text("Type report for the last 30 days, or give the days as year-month-day: "
                    + "report from 2026-03-01 to 2026-03-31."));
        }
        if (from.isAfter(to)) {
            return Command.stay(state, Reply.text("The first day comes after the last one. Type report from "
                    + to + " to " + from + "."));
        }
        final WorkSearchLog.Report log = tools.parts().exports().workSearchLog(member, from, to);
        return Command.stay(state, Reply.of(Outbound.text("Your work-search log from " + from + " to " + to + ": one "
                + "row per activity (interviews, thank-yous and check-ins sent, replies), then the activities of each "
                + "week (weeks start on Monday), in " + member.settings().zone() + ".")
                .withFiles(List.of(new Outbound.FileAttachment("work-search-log-" + from + "-to-" + to + ".csv",
                        "text/csv", log.csv().getBytes(StandardCharsets.UTF_8), Optional.of(page(member, from, to,
                        log)))))));
    }

    /** The same log as a page to print: whose it is, its days and zone, then a table per week. */
    private static Printable page(final Member member, final LocalDate from, final LocalDate to,
                                  final WorkSearchLog.Report log) {
        final String name = member.settings().name().isBlank() ? member.displayName() : member.settings().name();
        final List<String> lines = new ArrayList<>();
        if (!name.isBlank()) {
            lines.add("Member: " + name.strip());
        }
        lines.add("From " + from + " to " + to + ", dates in " + member.settings().zone() + "; weeks start on Monday.");
        if (log.weeks().isEmpty()) {
            lines.add("No activity in these days.");
        }
        return new Printable("Work-search log", lines, log.columns(), log.weeks());
    }
}
