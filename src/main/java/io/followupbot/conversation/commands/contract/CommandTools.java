package io.followupbot.conversation.commands.contract;

import io.followupbot.chat.MemberText;
import io.followupbot.interview.TextLimits;
import io.followupbot.followup.Members;
import java.time.Clock;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.conversation.ConversationStateCache;
import io.followupbot.conversation.forms.FormEdits;
import io.followupbot.conversation.intake.IntakeFlow;
import io.followupbot.conversation.views.DraftMessages;
import io.followupbot.conversation.views.EventReplies;

/** What the commands' handlers work with: the core's parts, the intake, and the shared way to report an event. */
public record CommandTools(Members members, FormEdits forms, Clock clock, ConversationParts parts, IntakeFlow intake,
                           ConversationStateCache states, DraftMessages drafts, EventReplies reports) {

    /** How much of an unknown word the bot repeats back ("I don't know \"fly\""). */
    public static final int ECHO_WORD = 30;
    /** How much of an unknown phrase (a step, a draft's kind, a value) the bot repeats back. */
    public static final int ECHO_PHRASE = 40;
    /** How much of an unknown code (a country) the bot repeats back. */
    public static final int ECHO_CODE = 20;

    public static CommandTools of(final Members members, final FormEdits forms, final Clock clock, final ConversationParts parts,
                                  final IntakeFlow intake, final ConversationStateCache states) {
        final DraftMessages drafts = new DraftMessages(parts, clock);
        return new CommandTools(members, forms, clock, parts, intake, states, drafts, new EventReplies(parts, clock, drafts));
    }

    /** What the member typed, cut to {@code max} characters and marked as theirs, to repeat in a sentence. */
    public static String echo(final String text, final int max) {
        return MemberText.quote(TextLimits.cap(text, max));
    }
}
