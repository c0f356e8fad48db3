package io.followupbot.config;

import de.focus_shift.jollyday.core.HolidayCalendar;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The countries whose public holidays the holiday library knows. */
public final class Countries {

    private static final Set<String> SUPPORTED = HolidayCalendar.getSupportedCalendarCodes().stream()
            .map(code -> code.toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private Countries() {
    }

    public static boolean isSupported(final String code) {
        return code != null && SUPPORTED.contains(code.toUpperCase(Locale.ROOT));
    }
}
