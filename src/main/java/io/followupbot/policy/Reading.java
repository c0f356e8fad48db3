package io.followupbot.policy;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A value as someone wrote it, read: the value, or why it is not one. The refusal is the same sentence wherever
 * the value was written (the chat, a community setting, bot-config.yml, the command line); only how the typed
 * text is shown differs, so a chat quotes it as member text and a terminal prints it as it is.
 *
 * @param value   the value, when the text was one
 * @param typed   the text as written, trimmed and capped for showing in a refusal; empty when it is too long to
 *                show (a draft template), and the refusal says "That wording"
 * @param problem what the text is not and how to write one ("isn't a time of day: write one as 9, 9:30, ...")
 */
public record Reading<T>(Optional<T> value, Optional<String> typed, String problem) {

    private static final int SHOWN = 40;

    static <T> Reading<T> of(final T value) {
        return new Reading<>(Optional.of(value), Optional.empty(), "");
    }

    static <T> Reading<T> refused(final String typed, final String problem) {
        final String shown = typed == null ? "" : typed.strip();
        return new Reading<>(Optional.empty(),
                Optional.of(shown.length() > SHOWN ? shown.substring(0, SHOWN) + "..." : shown), problem);
    }

    static <T> Reading<T> refusedWording(final String problem) {
        return new Reading<>(Optional.empty(), Optional.empty(), problem);
    }

    public boolean isRefused() {
        return value.isEmpty();
    }

    /** The refusal as a sentence, the typed text shown through {@code show}: {@code "25:00" isn't a time of day: ...}. */
    public String refusal(final UnaryOperator<String> show) {
        return typed.map(text -> "\"" + show.apply(text) + "\"").orElse("That wording") + " " + problem + ".";
    }

    /** The refusal with the typed text as it is (bot-config.yml, the command line). */
    public String refusal() {
        return refusal(UnaryOperator.identity());
    }

    /** This reading's value mapped, or its refusal kept. */
    public <R> Reading<R> map(final Function<T, R> mapping) {
        return new Reading<>(value.map(mapping), typed, problem);
    }
}
