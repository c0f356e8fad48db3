package io.followupbot.employer;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.parameter.ParticipationLevel;
import biweekly.property.Attendee;
import biweekly.property.DateStart;
import biweekly.property.Organizer;
import biweekly.property.TextProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of an iCalendar text (an .ics file, or the invite an email carries), read with biweekly. A start keeps
 * the zone the invite states: its TZID (an IANA name, a Windows name such as "Eastern Standard Time", or the
 * offsets of its own VTIMEZONE), UTC for a time ending in Z, the member's zone for a floating time.
 */
final class CalendarParser {

    private CalendarParser() {
    }

    static List<CalendarEvent> events(final String text, final ZoneId memberZone) {
        final List<CalendarEvent> events = new ArrayList<>();
        for (final ICalendar calendar : Biweekly.parse(text).all()) {
            for (final VEvent event : calendar.getEvents()) {
                events.add(event(event, calendar.getTimezoneInfo(), memberZone));
            }
        }
        return events;
    }

    private static CalendarEvent event(final VEvent event, final TimezoneInfo zones, final ZoneId memberZone) {
        final Organizer organizer = event.getOrganizer();
        final List<Person> attendees = new ArrayList<>();
        boolean organizerAttends = false;
        for (final Attendee attendee : event.getAttendees()) {
            organizerAttends |= biweekly.parameter.Role.CHAIR.equals(attendee.getRole()) && organizer != null
                    && attendee.getEmail() != null && attendee.getEmail().equalsIgnoreCase(String.valueOf(organizer.getEmail()));
            final ParticipationLevel level = attendee.getParticipationLevel();
            if (!ParticipationLevel.OPTIONAL.equals(level) && !ParticipationLevel.FYI.equals(level)) {
                attendees.add(new Person(commonName(attendee.getCommonName(), attendee.getParameters().get("CN")), attendee.getEmail()));
            }
        }
        return new CalendarEvent(text(event.getSummary()), start(event.getDateStart(), zones, memberZone),
                text(event.getLocation()), text(event.getDescription()),
                organizer == null ? Person.NOBODY : new Person(commonName(organizer.getCommonName(),
                        organizer.getParameters().get("CN")), organizer.getEmail()), organizerAttends, attendees,
                event.getUrl() == null ? "" : event.getUrl().getValue());
    }

    /** A CN as written, Outlook's "Weber\\, Jonas" (which the parser splits at its comma) as "Jonas Weber". */
    private static String commonName(final String first, final List<String> rest) {
        if (first == null) {
            return "";
        }
        final List<String> values = new ArrayList<>(List.of(first));
        rest.stream().filter(value -> !value.equals(first)).forEach(values::add);
        final String joined = String.join(",", values).replace("\\,", ",").replace("\\", "");
        return People.clean(joined.replaceAll("\\s*,\\s*", ", "));
    }

    private static String text(final TextProperty property) {
        return property == null || property.getValue() == null ? "" : property.getValue();
    }

    private static Optional<ZonedDateTime> start(final DateStart start, final TimezoneInfo zones, final ZoneId memberZone) {
        if (start == null || start.getValue() == null || !start.getValue().hasTime()) {
            return Optional.empty();
        }
        final ICalDate value = start.getValue();
        final DateTimeComponents raw = value.getRawComponents();
        if (raw == null) {
            return Optional.of(value.toInstant().atZone(ZoneOffset.UTC));
        }
        final LocalDateTime local = LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(),
                raw.getMinute(), raw.getSecond());
        if (raw.isUtc()) {
            return Optional.of(local.atZone(ZoneOffset.UTC));
        }
        final TimezoneAssignment assignment = zones.getTimezone(start);
        final String id = start.getParameters().getTimezoneId() != null ? start.getParameters().getTimezoneId()
                : assignment == null ? null : assignment.getGlobalId() != null ? assignment.getGlobalId()
                : assignment.getComponent() != null && assignment.getComponent().getTimezoneId() != null
                        ? assignment.getComponent().getTimezoneId().getValue() : null;
        if (id == null) {
            return Optional.of(local.atZone(memberZone));
        }
        final Optional<ZoneId> named = StatedZones.named(id.replaceFirst("^/", ""));
        if (named.isPresent()) {
            return Optional.of(local.atZone(named.get()));
        }
        if (assignment != null && assignment.getTimeZone() != null) {
            try {
                final int millis = assignment.getTimeZone().getOffset(value.getTime());
                return Optional.of(local.atZone(ZoneOffset.ofTotalSeconds(millis / 1000)));
            } catch (final DateTimeException notAnOffset) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
