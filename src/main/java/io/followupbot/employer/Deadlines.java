package io.followupbot.employer;

import io.followupbot.dates.DateAnswer;
import io.followupbot.dates.LooseDateParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an employer said they would decide by ("we'll get back to you by Friday", "a decision within two
 * weeks"), or by which an offer must be answered ("please let us know by March 18", "this offer expires on ...").
 * The phrase after the trigger is read by the bot's date reader, forward from when the message was written,
 * longest reading first.
 */
final class Deadlines {

    private static final Pattern OFFER_DEADLINE = Pattern.compile(
            "(?:respond|reply|answer|decision|let us know|get back to (?:us|me)|sign|accept|return|decide|confirm|expires?|expiring"
                    + "|valid|deadline|open|hear from you)[^.\\n]{0,50}?\\b(by|before|no later than|until|through|on|is|:)\\s+"
                    + "([^.;!?\\n(]{2,60})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISION = Pattern.compile(
            "(?:decision|decide|answer|outcome|hear back|hear from us|get back to you|update you|be in touch|let you know|follow up|next steps"
                    + "|reach out|respond|feedback|wrap up|conclude|finali[sz]e|news)[^.\\n]{0,60}?\\b(by|before|no later than|within|in the next"
                    + "|early|end of|next|in|on|this)\\s+([^.;!?\\n(]{2,60})", Pattern.CASE_INSENSITIVE);
    private static final Pattern INNER = Pattern.compile("(?i)\\b(by|before|no later than|until|on|within)\\s+");
    private static final int MAX_WORDS = 8;
    private static final Pattern DATE_WORD_AT_END = Pattern.compile(
            "(?i)\\b(days?|weeks?|months?|[a-z]+day|tomorrow|\\d{1,4}(?:st|nd|rd|th)?|" + StartTimes.MONTH + "|month|year)$");

    private Deadlines() {
    }

    static Optional<LocalDate> of(final MessageKind kind, final String text, final Instant written, final ZoneId zone) {
        if (kind != MessageKind.OFFER && kind != MessageKind.UPDATE) {
            return Optional.empty();
        }
        final Matcher match = (kind == MessageKind.OFFER ? OFFER_DEADLINE : DECISION).matcher(text);
        while (match.find()) {
            Optional<LocalDate> day = read(match.group(1), match.group(2), written, zone);
            final Matcher inner = INNER.matcher(match.group(2));
            while (day.isEmpty() && inner.find()) {
                day = read(inner.group(1), match.group(2).substring(inner.end()), written, zone);
            }
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> read(final String trigger, final String rest, final Instant written, final ZoneId zone) {
        final String lead = switch (trigger.toLowerCase(Locale.ROOT)) {
            case "within", "in the next", "in" -> "in ";
            case "early", "end of", "next", "this" -> trigger.toLowerCase(Locale.ROOT) + " ";
            default -> "";
        };
        final String[] words = rest.strip().replaceAll("\\s+(at|@)\\s+\\d.*$", "").split("\\s+");
        final LooseDateParser parser = new LooseDateParser();
        final String country = zone.getId().startsWith("America/") ? "US" : "GB";
        for (int count = Math.min(words.length, MAX_WORDS); count >= 1; count--) {
            final String phrase = lead + String.join(" ", Arrays.copyOfRange(words, 0, count)).replaceAll("[,\\s]+$", "");
            if (DATE_WORD_AT_END.matcher(phrase).find()
                    && parser.parseForward(phrase, written, zone, country) instanceof DateAnswer.Parsed<LocalDate> parsed) {
                return Optional.of(parsed.value());
            }
        }
        return Optional.empty();
    }
}
