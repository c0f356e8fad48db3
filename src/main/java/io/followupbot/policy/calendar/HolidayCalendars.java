package io.followupbot.policy.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of every place asked for so far, read once per place, with the community's
 * {@link Closures}. Each {@code BusinessCalendars} holds one; nothing is shared between instances, so each
 * test sees exactly the holidays it sets up.
 */
public final class HolidayCalendars {

    private final Map<Place, Optional<PublicHolidays>> places = new ConcurrentHashMap<>();
    private final Closures closures;

    public HolidayCalendars(final Closures closures) {
        this.closures = closures;
    }

    /** The public holidays of {@code place}, or empty when neither the library nor the project knows it. */
    public Optional<PublicHolidays> holidaysOf(final Place place) {
        return places.computeIfAbsent(place, PublicHolidays::of);
    }

    public Closures closures() {
        return closures;
    }
}
