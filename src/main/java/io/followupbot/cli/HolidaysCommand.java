package io.followupbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.config.ConfigException;
import io.followupbot.config.ConfigLoader;
import io.followupbot.policy.BusinessCalendar;
import io.followupbot.policy.BusinessCalendars;
import io.followupbot.policy.Reading;
import io.followupbot.policy.SettingValues;
import io.followupbot.policy.calendar.Closures;
import io.followupbot.policy.calendar.DayOff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code holidays PLACE YEAR [--json]}: the days that are not business days for a member in PLACE during
 * YEAR (public holidays on the day they are observed, and with {@code --config} the community's closures), so
 * an operator can check a member's calendar.
 */
@Command(name = "holidays", mixinStandardHelpOptions = true,
        description = "Lists the public holidays that are not business days for a member in PLACE during YEAR.")
public final class HolidaysCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLACE", description = "A country (US, JP) or region (GB-SCT, DE-BY, CA-ON).")
    private String place;

    @Parameters(index = "1", paramLabel = "YEAR", description = "The year, e.g. 2026.")
    private int year;

    @Option(names = "--json", description = "Print {\"place\":...,\"year\":...,\"holidays\":[{\"date\":...,\"name\":...}]}.")
    private boolean json;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Also apply the community closures (holidays: closed / ignore) of this bot-config.yml.")
    private Path configFile;

    private final Map<String, String> environment;

    public HolidaysCommand(final Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        final Reading<String> known = SettingValues.place(place);
        if (known.isRefused()) {
            spec.commandLine().getErr().println(known.refusal());
            return 2;
        }
        if (year < 1900 || year > 2200) {
            spec.commandLine().getErr().println("YEAR must be between 1900 and 2200, not " + year + ".");
            return 2;
        }
        final Optional<Closures> closures = closures();
        if (closures.isEmpty()) {
            return 2;
        }
        final BusinessCalendar calendar = new BusinessCalendars(closures.get()).of(place);
        final List<DayOff> days = calendar.holidays(year);
        if (json) {
            out.println(json(calendar.country(), days));
        } else {
            out.println(calendar.country() + " " + year + ": " + days.size() + " days off besides weekends"
                    + " (a holiday that falls on a weekend is listed on the day it is kept)");
            days.forEach(day -> out.println("  " + day.date() + "  " + DAY.format(day.date()) + "  " + day.name()));
        }
        out.flush();
        return 0;
    }

    private Optional<Closures> closures() {
        if (configFile == null) {
            return Optional.of(Closures.NONE);
        }
        try {
            return Optional.of(new ConfigLoader(environment).load(configFile)
                    .closures());
        } catch (final ConfigException invalid) {
            spec.commandLine().getErr().println(configFile + ": " + invalid.getMessage());
            return Optional.empty();
        }
    }

    private String json(final String code, final List<DayOff> days) {
        final ObjectMapper mapper = new ObjectMapper();
        final ObjectNode root = mapper.createObjectNode().put("place", code).put("year", year);
        final ArrayNode holidays = root.putArray("holidays");
        days.forEach(day -> holidays.addObject().put("date", day.date().toString()).put("name", day.name()));
        return root.toString();
    }
}
