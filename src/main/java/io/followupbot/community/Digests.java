package io.followupbot.community;

import io.followupbot.delivery.BackgroundRuns;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.SendResult;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.StepKind;
import io.followupbot.store.CommunityStore;
import io.followupbot.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each member's weekly digest through the platforms' nudge senders, once a week at most: a run every few
 * minutes finds the members whose digest is due (DigestSchedule), with open interviews and the digest on, claims
 * the week in the database (digests_sent: one row per member and week, whichever instance gets there first) and
 * sends, then marks it sent. A passing failure gives the week back for the next run; a claim left in flight by an
 * instance that died while sending is taken again after {@link CommunityStore#DIGEST_CLAIM}.
 */
public final class Digests implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);
    private static final Duration EVERY = Duration.ofMinutes(5);

    private final Store store;
    private final CommunityStore communities;
    private final FollowUps followUps;
    private final NudgeSender sender;
    private final Clock clock;
    private BackgroundRuns timer;

    public Digests(final Store store, final FollowUps followUps, final NudgeSender sender, final Clock clock) {
        this.store = store;
        this.communities = new CommunityStore(store.jdbi());
        this.followUps = followUps;
        this.sender = sender;
        this.clock = clock;
    }

    public void start() {
        timer = BackgroundRuns.start("weekly-digests", EVERY, EVERY, () -> {
            try {
                runOnce();
            } catch (final RuntimeException failure) {
                LOG.warn("weekly digests: {}", failure.toString());
            }
        });
    }

    /** Sends the digests due now; returns how many went out. */
    public int runOnce() {
        final Set<String> off = communities.digestOff();
        int sent = 0;
        for (final Member member : store.read(session -> session.allMembers())) {
            if (!off.contains(member.id()) && member.reachable()
                    && DigestSchedule.due(clock.instant(), member.settings(),
                    followUps.calendarOf(member.settings())) && send(member)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(final Member member) {
        final List<Tracked> pipeline = followUps.pipeline(member);
        if (!DigestContent.anyOpen(pipeline)) {
            return false;
        }
        final LocalDate week = DigestSchedule.week(clock.instant(), member.settings());
        if (!communities.claimDigest(member.id(), week.toString(), clock.millis())) {
            return false;
        }
        final Tracked first = pipeline.stream().filter(tracked -> DigestContent.OPEN.contains(tracked.stored().stage()))
                .findFirst().orElseThrow();
        final Nudge digest = new Nudge("digest:" + week + ":" + member.id(), member.id(), member.key(),
                member.dmChannel(), first.stored().id(), first.number(),
                first.plan().next().map(step -> step.kind()).orElse(StepKind.CHECK_IN), "digest:" + week,
                Optional.empty(), DigestContent.of(pipeline, week, member.settings().zone(),
                member.settings().weeklyGoal()));
        final SendResult result = sender.send(digest);
        if (result instanceof SendResult.Delivered) {
            communities.digestSent(member.id(), week.toString(), clock.millis());
            return true;
        }
        LOG.info("the weekly digest of member {} did not go out: {}", member.id(), result);
        if (result instanceof SendResult.RetryLater) {
            communities.releaseDigest(member.id(), week.toString());
        }
        return false;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.close();
        }
    }
}
