package io.followupbot.employer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of message it is, from the wording the common applicant-tracking systems and recruiters use. The
 * order settles mixed messages: a rejection that thanks for applying is a rejection; an offer mentions a start
 * date; an invitation with a time beats a request for times.
 */
final class Kinds {

    private static final Phrases REJECTION = words(
            "unfortunately", "regret to (inform|let you know)", "not (to )?(be )?(moving|move) forward", "not be progressing",
            "not (to )?(progress|proceed)", "decided to (pursue|move forward with|go with|proceed with) (other|another)",
            "other candidates", "position has (been|now been) filled", "not (been )?selected", "won't be moving forward",
            "will not be moving forward", "unable to offer", "decided not to", "no longer (being )?consider",
            "not a match", "not the right fit", "closed the (role|position)", "we have filled", "not able to move forward",
            "will not be (proceeding|progressing|advancing)", "won't be (proceeding|progressing|advancing)",
            "chosen to move forward with", "are not able to offer", "(offer|give) the (role|position|job) to (another|a different|someone)",
            "won't be extending an offer", "will not be extending an offer", "not be extending (you )?an offer", "sorry to (share|say|tell you)",
            "decided to close (this|the) (position|role)", "won't be continuing with your", "not (be )?continuing with your application",
            "selected other candidates", "selected another candidate", "went with another candidate", "another candidate whose",
            "not to proceed with your application", "decided not to proceed", "have decided to go in a different direction",
            "decided to pursue (other )?candidates");
    private static final Phrases OFFER = words(
            "pleased to offer", "happy to offer", "excited to offer", "delighted to offer", "extend (you )?an offer",
            "offer of employment", "offer letter", "formal offer", "verbal offer", "offer you the (position|role)",
            "(your|the) offer", "we'd like to offer", "we would like to offer", "employment offer");
    private static final Phrases ACKNOWLEDGEMENT = words(
            "received your application", "application (has been|was) (received|submitted)", "thank(s| you) for (applying|your application)",
            "thank(s| you) for your interest in", "we('ll| will) review your (application|resume|qualifications)",
            "confirm(ing)? (that )?we('ve| have)? received", "application confirmation", "successfully (applied|submitted)");
    private static final Phrases AVAILABILITY = words(
            "your availability", "times that work", "(a )?(few|some|two|three) times", "when (are|would) you (be )?(available|free)",
            "which (of these )?(times|slots)", "(book|schedule|pick|select|choose|grab) a (time|slot)", "calendly",
            "scheduling link", "self-schedule", "let (us|me) know (what|which) (times|days)", "available (to|for) (a|an) ",
            "times (you are|you're) available", "share (a few|some|your) (times|availability|slots)", "goodtime", "what works for you",
            "following (times|slots)", "propose (a )?(few )?times", "(any|which) of these (times|slots|work)", "times work for you",
            "look like\\?", "would suit", "what does your (week|schedule|calendar|diary)", "send (me|us) (two or three|a few|some) (windows|times)",
            "(windows|slots|times) that (suit|work)", "what times", "when you('re| are) (free|available)", "availability");
    private static final Phrases STRONG_AVAILABILITY = words("share your availability", "(any|which) of these (times|slots|work)",
            "send (me|us) (two or three|a few|some) (windows|times)", "your availability (for|between|over)", "times that work for you");
    private static final Phrases STRONG_ACKNOWLEDGEMENT = words("automated acknowledgement",
            "application (has been|was) (successfully )?(received|submitted)",
            "received your application", "successfully (applied|submitted)", "application received");
    private static final Phrases NEXT_ROUND = words(
            "next (round|stage|step)s? (of|in) (the|our) (interview|process)", "move (you )?forward (to|with) the next",
            "moving (you )?forward", "advance (you )?to the (next|final)", "(invite|like) you to (the|a) (next|final|second|third)",
            "(final|second|third|next|onsite|on-site) round", "move to the next (round|stage|step)", "to the next stage",
            "progress (you )?to the", "would like to move forward with you", "pleased to (let you know|inform you) that you",
            "next stage", "shortlisted", "(second|third|final|next) (\\([^)]*\\) )?round", "moved forward to", "next step in",
            "(invite|like) you to (a |an )?(final|second|onsite|on-site|panel|technical|case)", "take-home", "assessment", "second interview",
            "(invite|like|have) you back", "final interview");
    private static final Phrases INVITE = words(
            "invit(e|ing|ation) (you )?(to|for) (an? |your )?(interview|phone screen|video|call|chat|conversation|onsite|on-site|meeting)",
            "interview (is|has been) (scheduled|confirmed|booked)", "confirm(ing|ed)? (your|the) (interview|call|meeting|phone screen)",
            "scheduled (for|on)", "(calendar )?invit(e|ation) (for|to)", "^invitation:", "looking forward to (speaking|meeting|talking|chatting)",
            "you('re| are) (all )?(set|scheduled|confirmed)", "see you (on|at)", "interview details", "your interview with",
            "speak with you on", "meet with you on", "updated invitation", "(is|has been) booked",
            "(set up|schedule|arrange|book) (a|an|your|the) [a-z0-9 -]{0,25}(interview|screen|call|chat|conversation|meeting)",
            "i('ll| will) (call|ring|phone) you", "(call|interview|screen|chat) (is )?(on|at) ",
            "invit\\w* (you )?(to|for) [a-z -]{0,30}(interview|screen|call|chat|conversation|meeting)",
            "(has been|is|are|was) (scheduled|confirmed|booked)",
            "^confirmed:", "inviting you", "change of date", "scheduled zoom meeting", "join (the )?(zoom|teams|meeting|call)");
    private static final Phrases MEETING = words("interview", "call", "screen", "meet", "chat", "conversation", "session", "panel");
    private static final Phrases UPDATE = words(
            "(an )?update on (your|the)", "still (reviewing|interviewing|in the process|evaluating)", "taking (a bit |a little )?longer",
            "(make|reach|expect) (a|our) (final )?decision", "decision (by|within|early|end|next|this)", "delay",
            "resched(ule|uled|uling)", "moved (to|the interview)", "new (time|date)", "need to move", "push(ed)? (back|out)",
            "hear back (from us )?(by|within|next|early|before)", "get back to you (by|within|next|early|before)", "postpone",
            "no news yet", "still (very much )?in the (mix|running)", "give you an? (answer|decision|update)", "under review", "held things up",
            "slowed down", "update you", "decision is expected", "wanted to update you", "quick update");
    private static final Phrases WEAK_UPDATE = words("will be in touch", "keep you (posted|updated)", "timeline");

    private Kinds() {
    }

    static MessageKind of(final Letter letter, final boolean hasStartTime) {
        final String text = letter.allText().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        final String subject = letter.subject().toLowerCase(Locale.ROOT);
        if (REJECTION.in(text)) {
            return MessageKind.REJECTION;
        }
        if (OFFER.in(text) && !text.contains("offer you a") && !subject.startsWith("invitation")) {
            return MessageKind.OFFER;
        }
        final boolean invite = !letter.events().isEmpty() || INVITE.in(subject) || INVITE.in(text);
        if (hasStartTime && STRONG_AVAILABILITY.in(text) && !invite) {
            return MessageKind.AVAILABILITY;
        }
        if (hasStartTime && (invite || NEXT_ROUND.in(text) || MEETING.in(text))) {
            return MessageKind.INVITE;
        }
        if (STRONG_AVAILABILITY.in(text)) {
            return MessageKind.AVAILABILITY;
        }
        if (STRONG_ACKNOWLEDGEMENT.in(text) && !text.contains("withdr")) {
            return MessageKind.ACKNOWLEDGEMENT;
        }
        if (NEXT_ROUND.in(text) && !text.contains("withdraw")) {
            return MessageKind.NEXT_ROUND;
        }
        if (AVAILABILITY.in(text) && !text.contains("withdraw")) {
            return MessageKind.AVAILABILITY;
        }
        if (UPDATE.in(text)) {
            return MessageKind.UPDATE;
        }
        if (ACKNOWLEDGEMENT.in(text) && !text.contains("withdr")) {
            return MessageKind.ACKNOWLEDGEMENT;
        }
        return WEAK_UPDATE.in(text) ? MessageKind.UPDATE : MessageKind.OTHER;
    }

    private static Phrases words(final String... phrases) {
        return new Phrases(phrases);
    }

    /** Phrases to look for in lower-case text: the plain ones by a string search (fast), the others as one pattern. */
    private static final class Phrases {
        private static final Pattern SYNTAX = Pattern.compile("[()\\[\\]?*+|\\\\.^${}]");
        private final List<String> plain = new ArrayList<>();
        private final Pattern pattern;

        Phrases(final String... phrases) {
            final List<String> patterns = new ArrayList<>();
            for (final String phrase : phrases) {
                (SYNTAX.matcher(phrase).find() ? patterns : plain).add(phrase);
            }
            pattern = patterns.isEmpty() ? null
                    : Pattern.compile("(?:^|\\b)(?:" + String.join("|", patterns) + ")", Pattern.MULTILINE);
        }

        boolean in(final String text) {
            for (final String phrase : plain) {
                if (text.contains(phrase)) {
                    return true;
                }
            }
            return pattern != null && pattern.matcher(text).find();
        }
    }
}
