package io.followupbot.chat;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The engine's answer to one input: one or more messages, in order.
 *
 * @param personal whether it shows the member's own data; in a shared channel an adapter makes it visible
 *                 to that member only (ephemeral)
 * @param moveToDm whether the conversation continues in the member's DMs: the engine sets it whenever it waits
 *                 for a typed answer, and an adapter moves a conversation started in a shared channel there
 * @param interviewsChanged whether handling the input changed the member's interviews (saved, reported, edited,
 *                 planned again, deleted): an adapter then refreshes any view of them it shows (Slack's App Home)
 * @param inputWithheld whether the input must not be kept as typed (an employer's email pasted whole): an adapter
 *                 that keeps a transcript keeps a placeholder instead
 */
public record Reply(List<Outbound> messages, boolean personal, boolean moveToDm, boolean interviewsChanged,
                    boolean inputWithheld) {

    public Reply {
        messages = List.copyOf(messages);
    }

    public Reply(final List<Outbound> messages, final boolean personal, final boolean moveToDm) {
        this(messages, personal, moveToDm, false, false);
    }

    public Reply(final List<Outbound> messages, final boolean personal, final boolean moveToDm,
                 final boolean interviewsChanged) {
        this(messages, personal, moveToDm, interviewsChanged, false);
    }

    public static Reply of(final Outbound... messages) {
        return new Reply(List.of(messages), true, false);
    }

    public static Reply text(final String text) {
        return of(Outbound.text(text));
    }

    /** All the text of the reply, for logs of tests and for plain-text platforms. */
    public String plainText() {
        return messages.stream().map(message -> {
            final StringBuilder text = new StringBuilder(MemberText.strip(message.text()));
            message.fields().forEach(field -> text.append('\n').append(field.label()).append(": ").append(field.value()));
            message.draft().ifPresent(draft -> {
                draft.subject().ifPresent(subject -> text.append("\nSubject: ").append(subject));
                text.append('\n').append(draft.body());
            });
            message.buttons().forEach(button -> text.append("\n[").append(button.label()).append(']'));
            return text.toString();
        }).collect(Collectors.joining("\n\n"));
    }
}
