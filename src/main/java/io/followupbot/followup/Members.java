package io.followupbot.followup;

import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.followupbot.store.RetentionStore;
import io.followupbot.store.Store;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Who the bot knows: a member found, created on first contact, kept up to date with what their platform
 * says, and forgotten for good on request.
 */
public final class Members {

    private final Store store;
    private final RetentionStore retention;
    private final Pauses pauses;
    /** The day each member was last marked active by this instance: one write a member a day at most. */
    private final Cache<String, Long> activeOn = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(1)).build();

    public Members(final Store store) {
        this.store = store;
        this.retention = new RetentionStore(store);
        this.pauses = new Pauses(store);
    }

    /** The members' pauses of their reminders. */
    public Pauses pauses() {
        return pauses;
    }

    /** What a platform says about a member as they arrive with an input. */
    public record Arrival(MemberKey key, String displayName, Optional<ZoneId> platformZone, String channel) {
    }

    /** The member with this identity; reads only, never creates one. */
    public Optional<Member> find(final MemberKey key) {
        return store.read(session -> session.findMember(key));
    }

    /** Whether the bot knows this member (it forgets them entirely on forget-me); reads only. */
    public boolean knows(final MemberKey key) {
        return find(key).isPresent();
    }

    /**
     * The member as stored, created on first contact; the platform's time zone is taken once, the channel they
     * last wrote in is kept, and a member whose DMs were refused is reachable again.
     */
    public Member arrive(final Arrival arrival) {
        final Member member = update(arrival);
        markActive(member.id());
        return member;
    }

    /** Retention counts silence from the last input: stored once a day, so most inputs still only read. */
    private void markActive(final String memberId) {
        final long today = store.clock().millis() / Duration.ofDays(1).toMillis();
        final Long marked = activeOn.getIfPresent(memberId);
        if (marked == null || marked != today) {
            retention.touch(memberId, store.clock().millis());
            activeOn.put(memberId, today);
        }
    }

    private Member update(final Arrival arrival) {
        final Optional<Member> known = find(arrival.key());
        if (known.isPresent() && !needsUpdate(known.get(), arrival)) {
            return known.get();
        }
        return store.inTransaction(session -> {
            final Member found = session.memberFor(arrival.key(), arrival.displayName());
            Member member = found;
            if (member.unreachableSince().isPresent()) {
                session.markReachable(member.id());
                member = new Member(member.id(), member.key(), member.displayName(), member.settings(),
                        member.zoneConfirmed(), member.dmChannel(), member.lastChannel(), Optional.empty());
            }
            if (!member.zoneConfirmed() && arrival.platformZone().isPresent()) {
                member = new Member(member.id(), member.key(), member.displayName(),
                        member.settings().withZone(arrival.platformZone().get()), true, member.dmChannel(),
                        member.lastChannel(), member.unreachableSince());
            }
            if (!arrival.channel().isBlank() && !member.lastChannel().equals(Optional.of(arrival.channel()))) {
                member = new Member(member.id(), member.key(), member.displayName(), member.settings(),
                        member.zoneConfirmed(), member.dmChannel(), Optional.of(arrival.channel()),
                        member.unreachableSince());
            }
            if (!member.equals(found)) {
                session.saveMember(member);
            }
            return member;
        });
    }

    /** Whether what arrived changes the stored member (so that most inputs only read). */
    private static boolean needsUpdate(final Member member, final Arrival arrival) {
        return member.unreachableSince().isPresent()
                || !member.zoneConfirmed() && arrival.platformZone().isPresent()
                || !arrival.channel().isBlank() && !member.lastChannel().equals(Optional.of(arrival.channel()));
    }

    /** Stores the member's settings and channels (a changed zone is stored once confirmed). */
    public void save(final Member member) {
        store.useTransaction(session -> session.saveMember(member));
    }

    /** Whether the member has told the bot about any interview yet. */
    public boolean hasInterviews(final Member member) {
        return !store.read(session -> session.interviews(member.id()).isEmpty());
    }

    /**
     * Deletes every row about the member, in one transaction, and leaves no copy of them on disk. (Their day's activity
     * mark is left to expire: it is keyed by an id no one gets again, since a member who comes back gets a new one.)
     */
    public void forget(final Member member) {
        store.useTransaction(session -> session.forget(member.id()));
    }

    /** Changes whenever a committed transaction wrote the member's interviews, events or plans. */
    public long revision(final String memberId) {
        return store.interviewRevision(memberId);
    }
}
