package io.followupbot.employer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One event of a calendar invite, as the invite states it.
 *
 * @param start the start in the zone the invite gives (its TZID, UTC for a time ending in Z); empty for an
 *              all-day event or none
 * @param location where, as written (an address, a room, a video link)
 * @param organizerAttends whether the organizer takes part (an attendee who chairs), not only books the slot
 */
record CalendarEvent(String summary, Optional<ZonedDateTime> start, String location, String description,
        Person organizer, boolean organizerAttends, List<Person> attendees, String url) {

    CalendarEvent {
        summary = summary == null ? "" : summary;
        location = location == null ? "" : location;
        description = description == null ? "" : description;
        url = url == null ? "" : url;
        attendees = List.copyOf(attendees);
    }
}
