package io.followupbot.employer;

import io.followupbot.interview.InterviewFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the interview is held, from what the message gives: a video link or a video tool by name, a phone call (a
 * number to call, "phone screen"), an address or "on-site". A video invite's dial-in number is no phone interview.
 */
final class Formats {

    private static final Pattern VIDEO_LINK = Pattern.compile(
            "(zoom\\.us/|meet\\.google\\.com|teams\\.microsoft\\.com|teams\\.live\\.com|webex\\.com|whereby\\.com"
                    + "|chime\\.aws|bluejeans\\.com|gotomeeting|meet\\.jit\\.si|hirevue|around\\.co|/meet/)");
    private static final Pattern VIDEO_WORDS = Pattern.compile(
            "\\b(zoom|google meet|microsoft teams|ms teams|teams (meeting|call|link)|webex|video (call|interview|chat|conference|meeting)"
                    + "|via video|on video|virtual|videocall|video-call|teams meeting|join the meeting)\\b");
    private static final Pattern PHONE_WORDS = Pattern.compile(
            "\\b(phone (screen|interview|call|conversation|chat)|telephone (interview|call|screen)|by phone|over the phone"
                    + "|(will|'ll) (call|ring) you|call you (at|on)|give you a (call|ring)|phone screening|on the phone|a quick call at)\\b");
    private static final Pattern ONSITE_WORDS = Pattern.compile(
            "\\b(on-?site|in[- ]person|at our (office|offices|headquarters|hq|studio|campus)|visit (our|the) (office|offices|campus)"
                    + "|come (in )?to our|reception|front desk|lobby|parking|bring (a )?(photo )?id|check in at|office address"
                    + "|face[- ]to[- ]face|(at|in) our [a-z]+ (office|studio|campus|store)|invite you back|coming in|come back in|visit us)\\b");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\.?\\s+){1,4}(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?"
                    + "|Way|Drive|Dr\\.?|Place|Pl\\.?|Square|Sq\\.?|Plaza|Court|Ct\\.?|Parkway|Pkwy|Terrace|Strasse|Straße)\\b"
                    + "|\\b(?:Suite|Floor|Fl\\.)\\s+\\d+");

    private Formats() {
    }

    static Optional<InterviewFormat> of(final Letter letter) {
        final StringBuilder all = new StringBuilder(letter.allText());
        for (final CalendarEvent event : letter.events()) {
            all.append('\n').append(event.summary()).append('\n').append(event.location()).append('\n')
                    .append(event.description()).append('\n').append(event.url());
        }
        final String text = all.toString();
        final String lower = text.toLowerCase(Locale.ROOT);
        if (VIDEO_LINK.matcher(lower).find()) {
            return Optional.of(InterviewFormat.VIDEO);
        }
        final boolean phone = PHONE_WORDS.matcher(lower).find();
        final boolean video = VIDEO_WORDS.matcher(lower).find();
        final boolean onsite = ONSITE_WORDS.matcher(lower).find() || ADDRESS.matcher(text).find();
        if (video && !phone) {
            return Optional.of(InterviewFormat.VIDEO);
        }
        if (phone) {
            return Optional.of(InterviewFormat.PHONE);
        }
        if (onsite) {
            return Optional.of(InterviewFormat.ONSITE);
        }
        return video ? Optional.of(InterviewFormat.VIDEO) : Optional.empty();
    }
}
