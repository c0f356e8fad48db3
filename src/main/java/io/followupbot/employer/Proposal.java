package io.followupbot.employer;

import io.followupbot.chat.MemberText;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentence that tells the member what the bot read in an employer's message and what it proposes to do. */
final class Proposal {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Proposal() {
    }

    static String of(final EmployerMessage message) {
        final String what = what(message);
        return switch (message.kind()) {
            case INVITE -> "An interview invitation" + what + ". Shall I add it as an interview?";
            case NEXT_ROUND -> "You're invited to a next round" + what + ". Shall I note the next round?";
            case AVAILABILITY -> "They ask when you're free" + what + ". Shall I note that a round is being scheduled?";
            case UPDATE -> "An update on your application" + what + ". Shall I update the interview?";
            case REJECTION -> "A rejection" + what + ". Shall I close the application, stop its nudges and offer a reply?";
            case OFFER -> "An offer" + what + ". Shall I record it and offer the reply drafts?";
            case ACKNOWLEDGEMENT -> "An automatic confirmation" + what + ": your application arrived. Nothing to do yet; shall I"
                    + " note the application?";
            case OTHER -> "I found nothing to do in this message" + (message.note().isEmpty() ? "" : ": " + message.note())
                    + ".";
        };
    }

    private static String what(final EmployerMessage message) {
        final StringBuilder words = new StringBuilder();
        message.company().ifPresent(company -> words.append(" from ").append(MemberText.quote(company)));
        message.role().ifPresent(role -> words.append(" for the ").append(MemberText.quote(role)).append(" role"));
        message.at().ifPresent(at -> words.append(", on ").append(when(at)));
        message.format().ifPresent(format -> words.append(format == InterviewFormat.ONSITE ? ", on-site" : ", by " + format.label()));
        if (!message.interviewers().isEmpty()) {
            words.append(", with ").append(message.interviewers().stream().map(Interviewer::name).map(MemberText::quote)
                    .collect(Collectors.joining(", ")));
        }
        message.decisionBy().ifPresent(day -> words.append(message.kind() == MessageKind.OFFER ? ", to answer by "
                : ", a decision by ").append(LooseDateParser.inWords(day)));
        return words.toString();
    }

    /** "Thursday 12 March 2026 at 14:00 (Eastern Time)": the day and the clock in the zone the message gave. */
    static String when(final ZonedDateTime at) {
        return LooseDateParser.inWords(at.toLocalDate()) + " at " + CLOCK.format(at) + " ("
                + at.getZone().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
    }
}
