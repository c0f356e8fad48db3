package io.followupbot.policy.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of every place asked for so far, read once per place, with the community's
 * {@link Closures}. One shared instance serves the bot ({@link #shared()}); tests make their own or
 * {@link #reset} the shared one, so each test sees exactly the holidays it sets up.
 */
public final class HolidayCalendars {

    private static final HolidayCalendars SHARED = new HolidayCalendars(Closures.NONE);

    private final Map<Place, Optional<PublicHolidays>> places = new ConcurrentHashMap<>();
    private volatile Closures closures;

    public HolidayCalendars(final Closures closures) {
        this.closures = closures;
    }

    /** The instance the bot uses everywhere. */
    public static HolidayCalendars shared() {
        return SHARED;
    }

    /** The public holidays of {@code place}, or empty when neither the library nor the project knows it. */
    public Optional<PublicHolidays> holidaysOf(final Place place) {
        return places.computeIfAbsent(place, PublicHolidays::of);
    }

    public Closures closures() {
        return closures;
    }

    /** Forgets every place read so far and takes {@code newClosures} (at start-up, and between tests). */
    public void reset(final Closures newClosures) {
        this.closures = newClosures;
        places.clear();
    }
}
