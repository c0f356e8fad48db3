package io.followupbot.policy.calendar;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The project's corrections to the holiday library, one file per country in
 * {@code src/main/resources/holidays/<CC>.csv}: each row adds a public holiday the library misses, or
 * removes a day it wrongly counts, and names the official source it was checked against.
 *
 * <p>Columns: {@code place,date,name,change,source}. {@code place} is the exact place the row is about
 * ({@code GB} is the country only, {@code GB-SCT} Scotland only) or {@code CC*} for the country and all its
 * regions; {@code date} is a {@link DateRule} (or {@code *} in a removal: the named holiday whatever its date);
 * {@code change} is {@code add} or {@code remove}
 * (a removal names the library's holiday exactly, as its English name).
 * Lines starting with {@code #} are comments.
 */
public final class HolidayCorrections {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    /** One row: a change the project makes to one place's holidays. */
    public record Correction(String place, DateRule days, String name, boolean add, String source) {

        boolean appliesTo(final Place where) {
            return place.equals(where.code()) || place.equals(where.country() + "*");
        }
    }

    private final List<Correction> corrections;

    private HolidayCorrections(final List<Correction> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    /** The corrections for {@code country}, read from the class path; none when there is no file. */
    public static HolidayCorrections forCountry(final String country) {
        final String resource = "holidays/" + country.toUpperCase(Locale.ROOT) + ".csv";
        try (InputStream stream = HolidayCorrections.class.getClassLoader().getResourceAsStream(resource)) {
            if (stream == null) {
                return new HolidayCorrections(List.of());
            }
            return new HolidayCorrections(read(new InputStreamReader(stream, StandardCharsets.UTF_8), resource));
        } catch (final IOException failure) {
            throw new UncheckedIOException("cannot read " + resource, failure);
        }
    }

    private static List<Correction> read(final Reader reader, final String resource) throws IOException {
        final List<Correction> rows = new ArrayList<>();
        for (final CSVRecord row : FORMAT.parse(reader)) {
            final String where = row.get("place");
            final String change = row.get("change");
            final Optional<DateRule> days = row.get("date").equals("*") && change.equals("remove")
                    ? Optional.of(new DateRule.AnyDay()) : DateRule.parse(row.get("date"));
            if (days.isEmpty() || !change.equals("add") && !change.equals("remove")) {
                throw new IllegalStateException(resource + " line " + row.getRecordNumber()
                        + ": expected a date or rule and add/remove, got '" + row.get("date") + "', '" + change + "'");
            }
            rows.add(new Correction(where, days.get(), row.get("name"), change.equals("add"), row.get("source")));
        }
        return rows;
    }

    /** Whether some row is about exactly this place (how a country the library lacks declares its regions). */
    public boolean mentions(final Place place) {
        return corrections.stream().anyMatch(correction -> correction.appliesTo(place));
    }

    /** The holidays the project adds to {@code place} in {@code year}. */
    public List<DayOff> additions(final Place place, final int year) {
        return corrections.stream().filter(correction -> correction.add() && correction.appliesTo(place))
                .flatMap(correction -> correction.days().daysIn(year).stream()
                        .map(day -> new DayOff(day, correction.name())))
                .toList();
    }

    /**
     * Whether the project removes the library's holiday {@code name} on {@code day} for {@code place}; a
     * row removes only the holiday it names (the library's English name), not others on the same day.
     */
    public boolean removes(final Place place, final java.time.LocalDate day, final String name) {
        return corrections.stream().anyMatch(correction -> !correction.add() && correction.appliesTo(place)
                && correction.name().equalsIgnoreCase(name) && correction.days().covers(day));
    }

    /** Every row, for tests that check each names its source. */
    public List<Correction> rows() {
        return corrections;
    }
}
