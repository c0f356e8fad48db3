package io.followupbot.conversation;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.conversation.intake.IntakeNotes;
import io.followupbot.conversation.intake.IntakeFlow;
import io.followupbot.drafts.Companies;
import io.followupbot.employer.EmployerMessage;
import io.followupbot.employer.EmployerMessages;
import io.followupbot.employer.MessageKind;
import io.followupbot.employer.MessageReading;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An employer's message brought into the chat (pasted, or shared as a file): the bot says what it read and proposes
 * the one action it means, as buttons that are ordinary commands. An invitation becomes the intake's notes, filled
 * in, ending at the summary to confirm; a rejection, an update or an offer is reported on the open interview with
 * that company. Nothing is stored before the member confirms, and the message itself is never kept.
 */
final class PastedMessages {

    /** An email or invite pasted as one message: long, several lines, and with the marks such messages carry. */
    private static final int MIN_LENGTH = 250;
    private static final Pattern MARKS = Pattern.compile("(?im)^(?:from|subject|sent|date|to):\\s|^begin:vcalendar"
            + "|\\b(?:interview|application|candidacy|position|role|opportunity)\\b");

    private final EmployerMessages reader;
    private final FollowUps followUps;
    private final IntakeFlow intake;
    private final Clock clock;

    PastedMessages(final FollowUps followUps, final IntakeFlow intake, final Clock clock) {
        this.reader = new EmployerMessages(clock);
        this.followUps = followUps;
        this.intake = intake;
        this.clock = clock;
    }

    /** Whether a message looks like an employer's email or invite pasted whole, rather than words to the bot. */
    static boolean looksPasted(final String raw) {
        return raw.length() >= MIN_LENGTH && raw.strip().lines().count() >= 3 && MARKS.matcher(raw).find();
    }

    Transition pasted(final Member member, final String raw) {
        return propose(member, reader.read(raw, member.settings().zone(), Optional.empty()));
    }

    Transition shared(final Member member, final String fileName, final byte[] content) {
        return propose(member, reader.read(content, fileName, member.settings().zone(), Optional.empty()));
    }

    private Transition propose(final Member member, final MessageReading reading) {
        if (reading instanceof MessageReading.Refused refused) {
            return Transition.to(new Idle(clock.millis()), Reply.text(refused.reason()));
        }
        final EmployerMessage message = inMemberZone(((MessageReading.Read) reading).message(), member);
        if (message.kind() == MessageKind.INVITE && message.at().isPresent()) {
            return intake.prefilled(member, notes(message), message.proposal());
        }
        final Optional<Tracked> open = openWith(member, message);
        final List<Button> buttons = new ArrayList<>();
        String tail = "";
        if (open.isPresent()) {
            final int number = open.get().number();
            switch (message.kind()) {
                case REJECTION -> buttons.add(Button.primary("Yes, close #" + number, "heard " + number + " rejected"));
                case OFFER -> buttons.add(Button.primary("Yes, record the offer", "heard " + number + " offer"));
                case UPDATE -> buttons.add(Button.primary("Yes, update #" + number, message.decisionBy()
                        .map(day -> "heard " + number + " new-date " + day).orElse("heard " + number + " deciding")));
                case NEXT_ROUND, AVAILABILITY -> buttons.add(Button.primary("Yes, add the next round to #" + number,
                        "round " + number));
                default -> { }
            }
            if (!buttons.isEmpty()) {
                buttons.add(Button.of("No", "list"));
                tail = "\n(That is #" + number + ".)";
            }
        } else if (message.kind() == MessageKind.INVITE) {
            tail = "\nIt gives no start time, so I can't plan it yet: type /followup to add the interview, or paste the "
                    + "invitation once they send the time.";
        } else if (message.kind() != MessageKind.OTHER && message.kind() != MessageKind.ACKNOWLEDGEMENT) {
            tail = "\nI have no open interview with that company to note it on. Type list to see yours.";
        }
        return Transition.to(new Idle(clock.millis()), Reply.of(Outbound.text(message.proposal() + tail)
                .withButtons(buttons)));
    }

    /**
     * A start written in UTC (as calendar files often write it) is shown in the member's zone; a zone the message
     * names ("2:00 PM EST") is kept, as the employer wrote it.
     */
    private static EmployerMessage inMemberZone(final EmployerMessage message, final Member member) {
        if (message.at().isEmpty() || !message.at().get().getOffset().equals(java.time.ZoneOffset.UTC)
                || !message.at().get().getZone().normalized().equals(java.time.ZoneOffset.UTC)) {
            return message;
        }
        return new EmployerMessage(message.kind(), message.company(), message.role(),
                message.at().map(at -> at.withZoneSameInstant(member.settings().zone())), message.format(),
                message.interviewers(), message.decisionBy(), message.note());
    }

    /** The intake's notes from an invitation: what it gave, the rest left to the questions and the summary. */
    private static IntakeNotes notes(final EmployerMessage message) {
        IntakeNotes notes = IntakeNotes.empty().withStartsAt(message.at().orElseThrow().toInstant());
        notes = message.company().map(notes::withCompany).orElse(notes);
        notes = message.role().map(notes::withRole).orElse(notes);
        notes = message.format().map(notes::withFormat).orElse(notes);
        notes = message.decisionBy().map(notes::withDecision).orElse(notes);
        return message.interviewers().isEmpty() ? notes : notes.withInterviewers(message.interviewers());
    }

    /**
     * The member's open interview with the message's company (the latest, when several), named as the draft checker
     * names a company: in full without its legal form, or by its distinctive first word ("Acme" for "Acme
     * Analytics Ltd"), never inside another word ("Meta" is not "Metabase").
     */
    private Optional<Tracked> openWith(final Member member, final EmployerMessage message) {
        if (message.company().isEmpty()) {
            return Optional.empty();
        }
        final String company = message.company().get();
        return followUps.pipeline(member).stream()
                .filter(tracked -> !tracked.stored().stage().closed())
                .filter(tracked -> Companies.mentioned(company, tracked.stored().interview().company()))
                .reduce((first, second) -> second);
    }
}
