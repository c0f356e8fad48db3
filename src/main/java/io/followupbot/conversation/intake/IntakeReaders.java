package io.followupbot.conversation.intake;

import io.followupbot.chat.MemberText;
import io.followupbot.dates.DateAnswer;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.TextLimits;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import io.followupbot.conversation.language.InterviewerList;
import io.followupbot.conversation.views.Views;

/** How the intake's questions read an answer into the notes: the readers {@link IntakeQuestion} is made of. */
final class IntakeReaders {

    private IntakeReaders() {
    }

    /** Any text, cut to {@code max} characters, put in the notes by {@code into}. */
    static BiFunction<IntakeContext, String, IntakeAnswer> text(final int max,
                                                                final BiFunction<IntakeNotes, String, IntakeNotes> into) {
        return (at, text) -> IntakeAnswer.ok(into.apply(at.draft(), TextLimits.cap(text, max)));
    }

    /** One of a few words ({@code parse}); anything else keeps the question with {@code problem}. */
    static <T> BiFunction<IntakeContext, String, IntakeAnswer> oneOf(final Function<String, Optional<T>> parse,
            final BiFunction<IntakeNotes, T, IntakeNotes> into, final String problem) {
        return (at, text) -> parse.apply(text).map(value -> IntakeAnswer.ok(into.apply(at.draft(), value)))
                .orElseGet(() -> IntakeAnswer.problem(at.draft(), problem));
    }

    /** The interview's day and time, in the member's zone ("today 2pm"); two readings are asked about. */
    static IntakeAnswer interviewTime(final IntakeContext at, final String text) {
        final DateAnswer<ZonedDateTime> parsed = at.dates().parseInterviewTime(text, at.now(), at.zone(),
                at.member().settings().country());
        if (parsed instanceof DateAnswer.Parsed<ZonedDateTime> when) {
            return IntakeAnswer.ok(at.draft().withStartsAt(when.value().toInstant()), "Got it: " + when.inWords() + ".");
        }
        return unread(at, parsed, "I need the day and time of the interview to plan the thank-you, for example "
                + "\"today 2pm\", \"yesterday at 10\" or \"2026-03-14 14:00\".");
    }

    /** The date the employer said they would decide by ("by Friday"), or none when they did not say. */
    static IntakeAnswer decisionDate(final IntakeContext at, final String text) {
        if (at.draft().startsAt() == null) {
            return IntakeAnswer.problem(at.draft(), "Tell me when the interview was first (type back).");
        }
        final DateAnswer<LocalDate> parsed = at.dates().parseDecisionDate(text, at.draft().startsAt(), at.zone(),
                at.member().settings().country());
        if (parsed instanceof DateAnswer.Parsed<LocalDate> date) {
            return IntakeAnswer.ok(at.draft().withDecision(date.value()), "Decision expected by " + date.inWords() + ".");
        }
        if (parsed instanceof DateAnswer.Ask<LocalDate> || parsed instanceof DateAnswer.Invalid<LocalDate>) {
            return unread(at, parsed, "");
        }
        return IntakeAnswer.ok(at.draft().withDecision(null), "No date given: I'll plan the check-in a week after "
                + "the interview.");
    }

    /** A date that was not read: its two readings as buttons, why it is invalid, or {@code otherwise}. */
    private static IntakeAnswer unread(final IntakeContext at, final DateAnswer<?> parsed, final String otherwise) {
        if (parsed instanceof DateAnswer.Ask<?> ask) {
            return IntakeAnswer.ask(at.draft(), ask);
        }
        if (parsed instanceof DateAnswer.Invalid<?> invalid) {
            return IntakeAnswer.problem(at.draft(), invalid.message());
        }
        return IntakeAnswer.problem(at.draft(), otherwise);
    }

    /** The people who interviewed the member ({@link InterviewerList}), echoed by name. */
    static IntakeAnswer interviewers(final IntakeContext at, final String text) {
        final List<Interviewer> people = InterviewerList.parse(text);
        if (people.isEmpty()) {
            return IntakeAnswer.problem(at.draft(), "I couldn't find a name there. Write each person as "
                    + "\"name, title, email\", separated by ; (or skip).");
        }
        return IntakeAnswer.ok(at.draft().withInterviewers(people), "Noted " + people.size() + " interviewer"
                + (people.size() == 1 ? "" : "s") + ": " + MemberText.quote(Views.interviewers(people)) + ".");
    }

    /** What stood out with the interviewer the question is about. */
    static IntakeAnswer detail(final IntakeContext at, final String text) {
        return IntakeAnswer.ok(at.draft().withDetail(at.index(), text));
    }

    /** A past result: cut short it would lose its point, so a longer one is refused with a request to shorten it. */
    static IntakeAnswer pastResult(final IntakeContext at, final String text) {
        return text.length() > TextLimits.RESULT
                ? IntakeAnswer.problem(at.draft(), "That's more than the full thank-you has room for: one or two "
                        + "sentences, up to " + TextLimits.RESULT + " characters (yours has " + text.length() + "). "
                        + "Could you shorten it? Or skip.")
                : IntakeAnswer.ok(at.draft().withPastResult(text));
    }
}
