package io.followupbot.policy.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The public holidays of one place: the holiday library's days of type public holiday (never its bank
 * holidays or observances) for the country and, for a region, the region's own, corrected by the
 * project's data files ({@link HolidayCorrections}). A holiday counts on the day it is observed (US
 * Independence Day 2026 on Friday 3 July; Boxing Day 2026 in GB on Monday 28 December).
 */
public final class PublicHolidays {

    private final Place place;
    private final Optional<HolidayManager> library;
    private final Optional<String> libraryRegion;
    private final HolidayCorrections corrections;
    private final java.util.Map<Integer, List<DayOff>> byYear = new java.util.concurrent.ConcurrentHashMap<>();

    private PublicHolidays(final Place place, final Optional<HolidayManager> library,
                           final Optional<String> libraryRegion, final HolidayCorrections corrections) {
        this.place = place;
        this.library = library;
        this.libraryRegion = libraryRegion;
        this.corrections = corrections;
    }

    /**
     * Jollyday finds its data source through a {@code ServiceLoader} when it is first used, and two threads doing so
     * at once can both fail ("no implementations"): the library's first use is one at a time.
     */
    private static final Object LIBRARY = new Object();

    /** The holidays of {@code place}, or empty when neither the library nor the project knows the place. */
    public static Optional<PublicHolidays> of(final Place place) {
        synchronized (LIBRARY) {
            return loaded(place);
        }
    }

    private static Optional<PublicHolidays> loaded(final Place place) {
        final HolidayCorrections corrections = HolidayCorrections.forCountry(place.country());
        if (!HolidayManager.getSupportedCalendarCodes().contains(place.country())) {
            final boolean known = corrections.mentions(place.wholeCountry()) && corrections.mentions(place);
            return known ? Optional.of(new PublicHolidays(place, Optional.empty(), Optional.empty(), corrections))
                    : Optional.empty();
        }
        final HolidayManager manager = HolidayManager.getInstance(
                ManagerParameters.create(place.country().toLowerCase(Locale.ROOT)));
        if (!place.isRegion()) {
            return Optional.of(new PublicHolidays(place, Optional.of(manager), Optional.empty(), corrections));
        }
        return manager.getCalendarHierarchy().getChildren().keySet().stream()
                .filter(region -> region.equalsIgnoreCase(place.region())).findFirst()
                .map(region -> new PublicHolidays(place, Optional.of(manager), Optional.of(region), corrections));
    }

    public Place place() {
        return place;
    }

    /**
     * The public holidays observed in {@code year}, in date order. The neighbouring years are read too: a
     * holiday can be observed in the year before its own (New Year's Day 2028, a Saturday, is observed in
     * the US on Friday 31 December 2027).
     */
    public List<DayOff> in(final int year) {
        return byYear.computeIfAbsent(year, this::read);
    }

    private List<DayOff> read(final int year) {
        final TreeSet<DayOff> days = new TreeSet<>();
        library.ifPresent(manager -> {
            for (int holidayYear = year - 1; holidayYear <= year + 1; holidayYear++) {
                for (final Holiday holiday : fromLibrary(manager, holidayYear)) {
                    if (holiday.getDate().getYear() == year && !corrections.removes(place, holiday.getDate(),
                            holiday.getDescription(Locale.ENGLISH))) {
                        days.add(new DayOff(holiday.getDate(), name(holiday)));
                    }
                }
            }
        });
        days.addAll(corrections.additions(place, year));
        return oneNamePerDay(days);
    }

    private java.util.Set<Holiday> fromLibrary(final HolidayManager manager, final int year) {
        final String[] region = libraryRegion.map(code -> new String[] {code}).orElseGet(() -> new String[0]);
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region);
    }

    private static String name(final Holiday holiday) {
        final String name = holiday.getDescription(Locale.ENGLISH);
        final boolean moved = !holiday.getDate().equals(holiday.getActualDate());
        return moved ? name + " (observed)" : name;
    }

    /** Two names for one day (a library holiday and a data row) read as one day off, the first name kept. */
    private static List<DayOff> oneNamePerDay(final TreeSet<DayOff> days) {
        final java.util.Map<LocalDate, DayOff> byDate = new java.util.TreeMap<>();
        for (final DayOff day : days) {
            byDate.merge(day.date(), day, (kept, other) -> kept.name().equals(other.name()) ? kept
                    : new DayOff(kept.date(), kept.name() + ", " + other.name()));
        }
        return List.copyOf(byDate.values());
    }
}
