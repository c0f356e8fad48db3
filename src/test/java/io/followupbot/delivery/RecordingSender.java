package io.followupbot.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A fake platform: records every attempt and answers with a scripted behaviour (delivered by default).
 * Thread-safe, so two dispatchers may share it.
 */
final class RecordingSender implements NudgeSender {

    private final List<Nudge> attempts = Collections.synchronizedList(new ArrayList<>());
    private final List<Nudge> delivered = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Nudge, SendResult> behaviour = nudge -> SendResult.delivered();

    void answer(final Function<Nudge, SendResult> newBehaviour) {
        behaviour = newBehaviour;
    }

    @Override
    public SendResult send(final Nudge nudge) {
        attempts.add(nudge);
        final SendResult result = behaviour.apply(nudge);
        if (result instanceof SendResult.Delivered) {
            delivered.add(nudge);
        }
        return result;
    }

    List<Nudge> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    List<Nudge> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }
}
