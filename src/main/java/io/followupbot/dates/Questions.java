package io.followupbot.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The one question the parser asks when a phrase has two readings or no definite day, with a button per reading. */
final class Questions {

    private Questions() {
    }

    /** A question offering {@code doubt}'s days, each at {@code time}. */
    static DateAnswer<ZonedDateTime> askTime(final Readings.Doubt doubt, final LocalTime time, final ZoneId zone) {
        final List<LocalDateTime> moments = new ArrayList<>();
        for (final LocalDate day : doubt.days()) {
            moments.add(day.atTime(time));
        }
        return askMoments(doubt.question(), moments, zone);
    }

    /** A question offering {@code moments} in the member's zone. */
    static DateAnswer<ZonedDateTime> askMoments(final String question, final List<LocalDateTime> moments, final ZoneId zone) {
        final List<DateAnswer.Choice<ZonedDateTime>> choices = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        for (final LocalDateTime at : moments) {
            choices.add(new DateAnswer.Choice<>(Words.shortDayAndTime(at), Words.answer(at), Optional.of(at.atZone(zone))));
            words.add(Words.dayAndTime(at));
        }
        return new DateAnswer.Ask<>(question(question, words, "the day and time, e.g. \"Tuesday 2pm\""), choices);
    }

    /** A question offering {@code doubt}'s days, and "they didn't say" when it names none and that may be the answer. */
    static DateAnswer<LocalDate> askDay(final Readings.Doubt doubt, final boolean offerNoDate) {
        final List<DateAnswer.Choice<LocalDate>> choices = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        for (final LocalDate day : doubt.days()) {
            choices.add(new DateAnswer.Choice<>(Words.shortDay(day), day.toString(), Optional.of(day)));
            words.add(Words.day(day));
        }
        if (offerNoDate && doubt.days().isEmpty()) {
            choices.add(new DateAnswer.Choice<>("They didn't say", "they didn't say", Optional.empty()));
        }
        return new DateAnswer.Ask<>(question(doubt.question(), words, "the day, e.g. \"by Friday\" or \"the 20th\""), choices);
    }

    private static String question(final String question, final List<String> readings, final String example) {
        if (readings.isEmpty()) {
            return question + " Type " + example + ".";
        }
        if (readings.size() == 2) {
            return question + " " + readings.get(0) + " or " + readings.get(1) + "?";
        }
        return question + " Choose one or type " + example + ".";
    }
}
