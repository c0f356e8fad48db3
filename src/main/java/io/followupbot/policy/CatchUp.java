package io.followupbot.policy;

import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a member receives first when several of their nudges fell due while no instance ran (downtime): one
 * nudge at a time, the one that matters most now first (a deadline-bound step: a thank-you, a reply to an
 * offer, the other offer's deadline; then the latest due), the others {@link #SPACING} apart, each out of the
 * member's quiet hours.
 */
public final class CatchUp {

    /** A step this late fell due while no instance was running (a running one looks every few seconds). */
    public static final Duration LATE = Duration.ofMinutes(15);
    /** How far apart a member's overdue nudges of different interviews go out. */
    public static final Duration SPACING = Duration.ofHours(2);

    private CatchUp() {
    }

    /** Whether a step due at {@code dueAt} is overdue at {@code now} in the sense of catch-up. */
    public static boolean late(final Instant dueAt, final Instant now) {
        return dueAt.isBefore(now.minus(LATE));
    }

    /** The order in which one member's overdue steps go out: deadline-bound first, then the latest due first. */
    public static <T> Comparator<T> order(final Function<T, StepKind> kind, final Function<T, Instant> dueAt) {
        return Comparator.comparing((T step) -> !kind.apply(step).deadlineBound())
                .thenComparing(Comparator.comparing(dueAt).reversed());
    }

    /**
     * When the steps after the first go out: the first goes now (or when the quiet hours end), each next one
     * {@link #SPACING} after the one before, and out of the quiet hours too.
     */
    public static List<Instant> laterTurns(final MemberSettings settings, final Instant now, final int count) {
        final QuietHours quiet = QuietHours.of(settings);
        ZonedDateTime next = quiet.snapOut(now.atZone(settings.zone()));
        final List<Instant> turns = new ArrayList<>(count);
        for (int turn = 0; turn < count; turn++) {
            next = quiet.snapOut(next.plus(SPACING));
            turns.add(next.toInstant());
        }
        return turns;
    }
}
