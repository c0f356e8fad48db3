package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who the bot knows: found without being created, created on first contact, kept up to date, forgotten. */
final class MembersTest {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    private final TestCore core = CORE.core();
    private final Members members = core.app.members();
    private final MemberKey key = CORE.newKey();

    @Test
    @DisplayName("GIVEN a member the bot has never seen WHEN looked up THEN they are unknown and nothing is stored")
    void lookingUpCreatesNobody() {
        final int before = core.count("SELECT COUNT(*) FROM members");

        assertThat(members.find(key)).isEmpty();
        assertThat(members.knows(key)).isFalse();
        assertThat(core.count("SELECT COUNT(*) FROM members")).isEqualTo(before);
    }

    @Test
    @DisplayName("GIVEN a first contact with a platform zone and a channel WHEN the member arrives THEN they are stored "
            + "with their display name, the platform's zone (confirmed) and that channel")
    void firstContactTakesWhatThePlatformSays() {

        final Member arrived = arrive(Optional.of(BERLIN), "C42");

        assertThat(members.knows(key)).isTrue();
        final Member stored = members.find(key).orElseThrow();
        assertThat(stored).isEqualTo(arrived);
        assertThat(stored.displayName()).isEqualTo("Ana");
        assertThat(stored.settings().zone()).isEqualTo(BERLIN);
        assertThat(stored.zoneConfirmed()).isTrue();
        assertThat(stored.lastChannel()).contains("C42");
    }

    @Test
    @DisplayName("GIVEN a first contact without a platform zone or channel WHEN the member arrives THEN they get the "
            + "configured zone, not yet confirmed, and no channel")
    void firstContactWithoutZoneKeepsTheDefault() {

        final Member arrived = members.arrive(new Members.Arrival(key, "Ben", Optional.empty(), " "));

        assertThat(arrived.settings().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(arrived.zoneConfirmed()).isFalse();
        assertThat(arrived.lastChannel()).isEmpty();
        assertThat(members.find(key).orElseThrow()).isEqualTo(arrived);
    }

    @ParameterizedTest(name = "first seen with zone {0}, then with Asia/Tokyo: their zone is {1}, confirmed")
    @DisplayName("GIVEN a member first seen with a platform zone, or without one WHEN they arrive with another "
            + "platform zone THEN a zone they have stays (the platform's zone is taken once), and a member without "
            + "one takes that zone, confirmed")
    @CsvSource(textBlock = """
            Europe/Berlin, Europe/Berlin
            , Asia/Tokyo
            """)
    void thePlatformZoneIsTakenOnce(final ZoneId first, final ZoneId kept) {
        arrive(Optional.ofNullable(first), "");

        final Member later = arrive(Optional.of(TOKYO), "");

        assertThat(later.settings().zone()).isEqualTo(kept);
        assertThat(later.zoneConfirmed()).isTrue();
        assertThat(members.find(key).orElseThrow().settings().zone()).isEqualTo(kept);
    }

    @Test
    @DisplayName("GIVEN a member who wrote in C1 WHEN they write in C2, then from nowhere in particular THEN C2 is "
            + "kept as where they last used the bot")
    void theLastChannelIsKept() {
        arrive(Optional.empty(), "C1");

        assertThat(arrive(Optional.empty(), "C2").lastChannel())
                .contains("C2");
        assertThat(arrive(Optional.empty(), "").lastChannel())
                .contains("C2");
        assertThat(members.find(key).orElseThrow().lastChannel()).contains("C2");
    }

    @Test
    @DisplayName("GIVEN a member whose DMs were refused WHEN they use the bot again THEN they are reachable again, "
            + "in what is returned and in what is stored")
    void aRefusedMemberIsReachableAgain() {
        final Member member = arrive(Optional.of(BERLIN), "C1");
        members.save(new Member(member.id(), key, member.displayName(), member.settings(), true,
                member.dmChannel(), member.lastChannel(), Optional.of(NOW)));
        assertThat(members.find(key).orElseThrow().reachable()).isFalse();

        final Member back = arrive(Optional.of(BERLIN), "C1");

        assertThat(back.reachable()).isTrue();
        assertThat(back.settings().zone()).isEqualTo(BERLIN);
        assertThat(members.find(key).orElseThrow().reachable()).isTrue();
    }

    @Test
    @DisplayName("GIVEN a member with an interview WHEN asked THEN the bot knows they have one, its revision moved, "
            + "and after forget-me nothing of them is left")
    void interviewsRevisionsAndForgetting() {
        final Member member = arrive(Optional.of(BERLIN), "");
        assertThat(members.hasInterviews(member)).isFalse();
        final long before = members.revision(member.id());

        core.followUps.record(member, new Interview("Acme", "Analyst", NOW.minus(Duration.ofHours(3)),
                Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")), Optional.empty(),
                ContactChannel.EMAIL, NOW, ""));

        assertThat(members.hasInterviews(member)).isTrue();
        assertThat(members.revision(member.id())).isNotEqualTo(before);

        members.forget(member);

        assertThat(members.knows(key)).isFalse();
        assertThat(core.followUps.pipeline(key)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a member who wrote at 19:00 WHEN they write again at 22:00 the same day, then the next day "
            + "THEN the day's first input is stored as their last activity, then the next day's")
    void activityIsStoredOnceADay() {
        final Member member = arrive(Optional.empty(), "");
        core.clock.advance(Duration.ofHours(3));
        arrive(Optional.empty(), "");
        assertThat(lastActive(member)).isEqualTo(NOW.toEpochMilli());

        core.clock.advance(Duration.ofHours(3));
        arrive(Optional.empty(), "");

        assertThat(lastActive(member)).isEqualTo(NOW.plus(Duration.ofHours(6)).toEpochMilli());
    }

    @Test
    @DisplayName("GIVEN a known member and another writer holding the database's write lock WHEN the member writes "
            + "again with nothing new THEN they are found at once: an input that changes nothing only reads")
    void anUnchangedArrivalOnlyReads() {
        final Member member = arrive(Optional.of(BERLIN), "C1");
        try (Handle writer = core.database.jdbi().open()) {
            writer.begin();
            writer.createUpdate("UPDATE members SET created_at = created_at WHERE id = :id").bind("id", member.id())
                    .execute();

            assertThat(arrive(Optional.of(TOKYO), "C1")).isEqualTo(member);

            writer.rollback();
        }
    }

    private long lastActive(final Member member) {
        return core.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT last_active_at FROM members WHERE id = :id").bind("id", member.id()).mapTo(Long.class).one());
    }

    /** Ana arrives from {@code channel} (blank for none), with the zone her platform reports, if any. */
    private Member arrive(final Optional<ZoneId> platformZone, final String channel) {
        return members.arrive(new Members.Arrival(key, "Ana", platformZone, channel));
    }
}
