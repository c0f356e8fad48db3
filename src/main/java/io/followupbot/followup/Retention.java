package io.followupbot.followup;

import io.followupbot.chat.Outbound;
import io.followupbot.config.BotConfig;
import io.followupbot.delivery.BackgroundRuns;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.SendResult;
import io.followupbot.interview.Member;
import io.followupbot.interview.StepKind;
import io.followupbot.store.RetentionStore;
import io.followupbot.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data leaves when it is no longer needed ({@code retention:} in bot-config.yml): an application closed for longer
 * than {@code closed-days} is deleted; a member silent for {@code inactive-days} is told a week before, then
 * deleted as forget-me would. Runs at start-up and then daily; several instances may run it (each step is safe to
 * repeat: a member is told once, since the notice is written before the next run reads it).
 */
public final class Retention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final Duration NOTICE = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final BotConfig.Retention settings;
    private final RetentionStore retention;
    private final Store store;
    private final NudgeSender sender;
    private final Clock clock;
    private BackgroundRuns timer;

    /** What one run did. */
    public record Outcome(int closedDeleted, int told, int membersDeleted) {
    }

    public Retention(final BotConfig.Retention settings, final Store store, final NudgeSender sender,
                     final Clock clock) {
        this.settings = settings;
        this.store = store;
        this.retention = new RetentionStore(store);
        this.sender = sender;
        this.clock = clock;
    }

    /** A run now (in the background, so start-up does not wait) and then one a day. */
    public void start() {
        timer = BackgroundRuns.start("retention", Duration.ZERO, Duration.ofDays(1), () -> {
            try {
                final Outcome outcome = runOnce();
                if (!outcome.equals(new Outcome(0, 0, 0))) {
                    LOG.info("retention: {} closed application(s) deleted, {} member(s) told, {} member(s) deleted",
                            outcome.closedDeleted(), outcome.told(), outcome.membersDeleted());
                }
            } catch (final RuntimeException failure) {
                LOG.warn("retention: this run failed, the next is in a day: {}", failure.toString());
            }
        });
    }

    public Outcome runOnce() {
        final long now = clock.millis();
        final int closed = settings.closedDays() == 0 ? 0
                : retention.deleteClosedBefore(now - Duration.ofDays(settings.closedDays()).toMillis());
        if (settings.inactiveDays() == 0) {
            return new Outcome(closed, 0, 0);
        }
        final long silentSince = now - Duration.ofDays(settings.inactiveDays()).toMillis();
        final int deleted = retention.deleteSilent(silentSince, now - NOTICE.toMillis());
        int told = 0;
        for (final String memberId : retention.silentUntold(silentSince + NOTICE.toMillis())) {
            final Optional<Member> member = store.read(session -> session.member(memberId));
            if (member.isPresent() && tell(member.get(), now)) {
                told++;
            }
        }
        return new Outcome(closed, told, deleted);
    }

    /** The one message a week before; a member who cannot be reached is marked told all the same. */
    private boolean tell(final Member member, final long now) {
        final String day = DAY.format(clock.instant().plus(NOTICE).atZone(member.settings().zone()));
        final Outbound message = Outbound.text("It has been a while since you last used me. To keep things tidy, I "
                + "delete what I keep about members who have been away for " + settings.inactiveDays() + " days: "
                + "yours goes on " + day + ". Write anything to me before then and I'll keep it; type export first if "
                + "you'd like a copy.");
        final SendResult result = sender.send(new Nudge("retention:" + member.id(), member.id(), member.key(),
                member.dmChannel(), "retention", 0, StepKind.MOVE_ON, "retention", Optional.empty(), message));
        if (result instanceof SendResult.RetryLater) {
            return false;
        }
        retention.markTold(member.id(), now);
        return result instanceof SendResult.Delivered;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.close();
        }
    }
}
