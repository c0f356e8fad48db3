package io.followupbot.policy;

import io.followupbot.policy.calendar.Closures;
import io.followupbot.policy.calendar.HolidayCalendars;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The business calendars of the places the bot plans for, each read once, with the community's closures. The
 * composition root ({@code Application}) makes one from bot-config.yml and hands it to whatever counts business
 * days; tests make their own, so no two tests share holidays or closures.
 */
public final class BusinessCalendars {

    private final HolidayCalendars holidays;
    private final Map<String, BusinessCalendar> byPlace = new ConcurrentHashMap<>();

    public BusinessCalendars(final Closures closures) {
        this.holidays = new HolidayCalendars(closures);
    }

    /** Public holidays only, no closures: the command line without a bot-config.yml, and most tests. */
    public static BusinessCalendars withoutClosures() {
        return new BusinessCalendars(Closures.NONE);
    }

    /**
     * The calendar of a place: an ISO 3166 country ("US", "gb") or region ("GB-SCT", "de-by").
     *
     * @throws IllegalArgumentException naming the code, and how to write one, when the place is unknown
     */
    public BusinessCalendar of(final String place) {
        final String code = place == null ? "" : place.strip().toUpperCase(Locale.ROOT);
        final BusinessCalendar known = byPlace.get(code);
        return known != null ? known : byPlace.computeIfAbsent(code, read -> BusinessCalendar.of(read, holidays));
    }

    /** The public holidays and closures these calendars count, for a reader of dates that names holidays. */
    public HolidayCalendars holidays() {
        return holidays;
    }

    public Closures closures() {
        return holidays.closures();
    }
}
