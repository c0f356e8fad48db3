package io.followupbot.conversation.commands.contract;

import io.followupbot.chat.Reply;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;

/**
 * A command's handler. Each command is one small class: its {@code SPEC} (a {@link CommandSpec}) and its
 * handler side by side, listed once in {@link CommandRegistry}.
 */
public sealed interface Command permits Command.ForMember, Command.ForInterview {

    /** A command about the member as a whole: {@code list}, {@code settings zone Europe/Berlin}. */
    public non-sealed interface ForMember extends Command {
        /** @param rest everything typed after the command's word, stripped */
        Transition run(Member member, ConversationState state, String rest);
    }

    /**
     * A command about one of the member's interviews, typed with its number: {@code draft 3 check_in}. The
     * dispatcher finds the interview (among the member's own) before the handler runs.
     */
    public non-sealed interface ForInterview extends Command {
        /** @param more everything typed after the interview's number, stripped */
        Transition run(Member member, ConversationState state, Tracked tracked, String more);
    }

    /** A command about one interview that only answers: the conversation stays where it was. */
    public interface Answering extends ForInterview {
        /** @param more everything typed after the interview's number, stripped */
        Reply answer(Member member, Tracked tracked, String more);

        @Override
        default Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
            return stay(state, answer(member, tracked, more));
        }
    }

    /** The conversation stays where it was, with this reply. */
    public static Transition stay(final ConversationState state, final Reply reply) {
        return Transition.to(state, reply);
    }
}
