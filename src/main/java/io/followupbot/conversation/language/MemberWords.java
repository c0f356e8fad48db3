package io.followupbot.conversation.language;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.dates.DateAnswer;
import io.followupbot.drafts.DraftKind;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.policy.Plan;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.conversation.views.DraftMessages;
import io.followupbot.conversation.views.StepRefs;
import io.followupbot.conversation.views.Views;

/**
 * What a member reports in their own words, outside a command's syntax: "I sent the thank-you to Priya
 * yesterday" becomes {@code sent} for Priya's thank-you, dated yesterday (or a question which one, when
 * several interviews fit). Also the answers that depend on where the interview stands in time.
 */
public final class MemberWords {

    private final ConversationParts parts;
    private final Clock clock;
    private final SentMarker marker;

    public MemberWords(final ConversationParts parts, final Clock clock, final SentMarker marker) {
        this.parts = parts;
        this.clock = clock;
        this.marker = marker;
    }

    public Reply sent(final Member member, final SentInWords said) {
        record Candidate(Tracked tracked, PlannedStep step, String when) {
        }
        final List<Candidate> candidates = new ArrayList<>();
        for (final Tracked tracked : parts.followUps().pipeline(member)) {
            if (tracked.plan().stage().closed()) {
                continue;
            }
            for (final PlannedStep step : reportable(tracked)) {
                if (step.kind() != said.kind()) {
                    continue;
                }
                final Optional<String> when = step.to().flatMap(said::whenAfter);
                if (when.isPresent()) {
                    candidates.add(new Candidate(tracked, step, when.get()));
                } else if (!said.namesSomeone()) {
                    candidates.add(new Candidate(tracked, step, said.rest()));
                }
            }
        }
        if (candidates.size() == 1) {
            final Candidate only = candidates.get(0);
            return marker.markSent(member, only.tracked(), only.step(), only.when());
        }
        if (candidates.isEmpty()) {
            return Reply.text("I couldn't find a " + said.kind().label() + " waiting"
                    + (said.namesSomeone() ? " for that person" : "") + " in your interviews. Type list to see them, "
                    + "then sent and the interview's number, for example sent 1.");
        }
        final List<Button> buttons = candidates.stream().limit(5).map(candidate -> Button.of(
                "#" + candidate.tracked().number() + " " + candidate.step().describe(),
                ("sent " + candidate.tracked().number() + " " + StepRefs.of(candidate.step()) + " "
                        + candidate.when()).strip())).toList();
        return Reply.of(Outbound.text("Which one did you send?").withButtons(buttons));
    }

    /** The steps a member can report sent: those due and those waiting for another (a LinkedIn note sent early). */
    public static List<PlannedStep> reportable(final Tracked tracked) {
        return Stream.concat(tracked.plan().steps().stream(), tracked.plan().waiting().stream().map(Plan.Waiting::step))
                .toList();
    }

    /** Whether {@code text} reads as a moment ("yesterday", "this morning at 9"). */
    public static boolean isWhen(final ConversationParts parts, final String text, final Instant now, final Member member) {
        return parts.dates().parseInterviewTime(text, now, member.settings().zone(), member.settings().country()) instanceof DateAnswer.Parsed;
    }

    /** When the member sent it: now when they did not say, else the moment they gave, never in the future. */
    public static Optional<Instant> sentAt(final ConversationParts parts, final String when, final Instant now,
                                           final Member member) {
        if (when.isBlank() || when.equalsIgnoreCase("today") || when.equalsIgnoreCase("just now")) {
            return Optional.of(now);
        }
        final DateAnswer<ZonedDateTime> parsed = parts.dates().parseInterviewTime(when, now, member.settings().zone(), member.settings().country());
        if (parsed instanceof DateAnswer.Parsed<ZonedDateTime> moment) {
            final Instant at = moment.value().toInstant();
            return at.isAfter(now) ? (moment.value().toLocalDate().equals(now.atZone(member.settings().zone())
                    .toLocalDate()) ? Optional.of(now) : Optional.empty()) : Optional.of(at);
        }
        return Optional.empty();
    }

    /**
     * No thank-you (or anything that follows the interview) before the interview has ended: the answer says when
     * its draft will come instead.
     */
    public static Optional<Reply> notBeforeTheInterview(final Tracked tracked, final Optional<PlannedStep> target,
                                                        final Optional<DraftKind> chosen, final Instant now) {
        final Instant end = tracked.stored().interview().endsAt();
        if (!now.isBefore(end)) {
            return Optional.empty();
        }
        final boolean afterwards = chosen.map(kind -> kind.isThankYou() || kind == DraftKind.LINKEDIN_NOTE)
                .orElse(target.map(step -> step.kind() != StepKind.PREP).orElse(true));
        if (!afterwards) {
            return Optional.empty();
        }
        final String when = tracked.plan().steps(StepKind.THANK_YOU).stream().findFirst()
                .map(step -> " I'll nudge you with it on " + Views.when(step.at()) + ".").orElse("");
        return Optional.of(Reply.of(Outbound.text("Your interview with " + MemberText.quote(tracked.stored().interview().company())
                + " hasn't happened yet, so there's nothing to thank them for. The thank-you drafts come once it's "
                + "over, with what stood out." + when + " For now: " + DraftMessages.prepAdvice(tracked))));
    }

    /** Marks one step sent as the {@code sent} command does, so a sentence and the command answer alike. */
    @FunctionalInterface
    public interface SentMarker {
        Reply markSent(Member member, Tracked tracked, PlannedStep step, String when);
    }
}
