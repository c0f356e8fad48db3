package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.MemberText;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.MemberSettings;
import io.followupbot.testkit.CoreDatabase;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which value a member's setting takes: their own, else their community's, else bot-config.yml's (the test
 * configuration: New York, US, nudges at 09:00, quiet 21:00-08:00, standard cadence).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(CoreDatabase.class)
final class CommunityPrecedenceTest {

    private static final CommunityKey ACME = new CommunityKey("slack", "T1");
    private static final MemberKey ANA = new MemberKey("slack", "T1", "U1");
    private static final MemberKey BEN = new MemberKey("slack", "T1", "U2");
    private static final MemberKey OUTSIDER = new MemberKey("slack", "T2", "U3");

    @AutoClose
    private final TestCore core;

    /** Every test runs on SQLite and on PostgreSQL. */
    CommunityPrecedenceTest(final CoreDatabase database, @TempDir final Path folder) {
        core = database.core(folder, Instant.parse("2026-03-10T12:00:00Z"));
    }

    @Test
    @DisplayName("GIVEN every combination of a member's own cadence and their community's WHEN the member is read THEN "
            + "their own wins, else the community's, else bot-config.yml's")
    void cadenceTakesTheFirstThatIsSet() {
        for (final Optional<Cadence> own : new Optional[] {Optional.empty(), Optional.of(Cadence.GENTLE),
            Optional.of(Cadence.PERSISTENT)}) {
            for (final Optional<Cadence> community : new Optional[] {Optional.empty(), Optional.of(Cadence.GENTLE),
                Optional.of(Cadence.STANDARD), Optional.of(Cadence.PERSISTENT)}) {
                final MemberKey member = new MemberKey("slack", "T9", "U-" + own + community);
                final CommunityKey key = new CommunityKey("slack", "T9");
                core.communities.change(key, Map.of("cadence", community.map(Cadence::key).orElse("default")));
                final Member created = member(member);
                own.ifPresent(cadence -> save(created, created.settings().withCadence(cadence)));

                assertThat(member(member).settings().cadence()).as("own %s, community %s", own, community)
                        .isEqualTo(own.orElse(community.orElse(Cadence.STANDARD)));
            }
        }
    }

    @Test
    @DisplayName("GIVEN a community that set its zone, nudge hour and cadence WHEN a member who chose only their cadence "
            + "is read THEN the zone and hour are the community's, the cadence theirs, the quiet hours the bot's")
    void eachSettingFallsBackOnItsOwn() {
        final Member ana = member(ANA);
        save(ana, ana.settings().withCadence(Cadence.PERSISTENT));

        final CommunityAnswer saved = core.communities.change(ACME, Map.of("zone", "Europe/London", "nudge-hour", "10:30",
                "cadence", "gentle"));

        assertThat(saved.outcome()).isEqualTo(CommunityAnswer.Outcome.SAVED);
        final MemberSettings settings = member(ANA).settings();
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(settings.nudgeHour()).isEqualTo(LocalTime.of(10, 30));
        assertThat(settings.cadence()).isEqualTo(Cadence.PERSISTENT);
        assertThat(settings.quietStart()).isEqualTo(LocalTime.of(21, 0));
        assertThat(member(BEN).settings().cadence()).isEqualTo(Cadence.GENTLE);
        assertThat(member(OUTSIDER).settings().cadence()).isEqualTo(Cadence.STANDARD);
        assertThat(member(OUTSIDER).settings().zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    @DisplayName("GIVEN a community default WHEN the admin clears it with 'default' THEN members who did not choose go "
            + "back to bot-config.yml's value")
    void clearingGoesBackToTheConfiguration() {
        core.communities.change(ACME, Map.of("cadence", "gentle"));
        assertThat(member(BEN).settings().cadence()).isEqualTo(Cadence.GENTLE);

        core.communities.command(ACME, "cadence default");

        assertThat(member(BEN).settings().cadence()).isEqualTo(Cadence.STANDARD);
        assertThat(core.communities.show(ACME).values()).containsEntry("cadence", "");
    }

    @Test
    @DisplayName("GIVEN a member saved with the community's value WHEN the community changes it THEN they follow, "
            + "since a setting equal to the inherited one is not a choice of their own")
    void aValueEqualToTheInheritedOneStaysInherited() {
        core.communities.change(ACME, Map.of("nudge-hour", "08:00"));
        final Member ben = member(BEN);
        save(ben, ben.settings());

        core.communities.change(ACME, Map.of("nudge-hour", "11:00"));

        assertThat(member(BEN).settings().nudgeHour()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    @DisplayName("GIVEN an admin's bad value WHEN it is submitted with good ones THEN nothing is saved and the reason "
            + "says what is allowed")
    void aBadValueSavesNothing() {
        final CommunityAnswer refused = core.communities.change(ACME, Map.of("cadence", "gentle", "nudge-hour", "9am-ish"));

        assertThat(refused.outcome()).isEqualTo(CommunityAnswer.Outcome.REFUSED);
        assertThat(refused.problems()).singleElement().asString().isEqualTo("\"" + MemberText.quote("9am-ish") + "\" isn't a time of day: write one as 9, 9:30, 09:00 or 9am.");
        assertThat(core.communities.show(ACME).values()).containsEntry("cadence", "");
        assertThat(core.communities.command(ACME, "country Atlantis").problems()).singleElement().asString()
                .contains("isn't a place whose public holidays I know");
    }

    @Test
    @DisplayName("GIVEN a Discord user in two servers WHEN they last used the bot in the second THEN the second "
            + "server's defaults apply to them")
    void aDiscordMemberFollowsTheServerTheyLastUsed() {
        final MemberKey cy = new MemberKey("discord", "discord", "42");
        core.communities.change(new CommunityKey("discord", "G1"), Map.of("cadence", "gentle"));
        core.communities.change(new CommunityKey("discord", "G2"), Map.of("cadence", "persistent"));

        core.communities.joined(cy, "G1");
        assertThat(member(cy).settings().cadence()).isEqualTo(Cadence.GENTLE);
        core.communities.joined(cy, "G2");
        assertThat(member(cy).settings().cadence()).isEqualTo(Cadence.PERSISTENT);
        assertThat(core.communities.of(cy)).isEqualTo(new CommunityKey("discord", "G2"));
    }

    @Test
    @DisplayName("GIVEN a community that keeps applications open three weeks after their follow-up WHEN a member notes an "
            + "application THEN its move-on comes 21 days after the follow-up, an outsider's after the bot's 14, and "
            + "a silence of 3 days is refused in one sentence")
    void aCommunitySetsTheSilenceAfterAnApplication() {
        // GIVEN
        final CommunityAnswer saved = core.communities.change(ACME, Map.of("application-silence", "3 weeks"));
        final CommunityAnswer refused = core.communities.change(ACME, Map.of("application-silence", "3"));

        // WHEN Ana (in the community) and an outsider each note an application sent on Tuesday 10 March
        final Instant sent = Instant.parse("2026-03-10T12:00:00Z");
        final io.followupbot.policy.Plan ana = core.followUps.apply(member(ANA), "Acme", "Data Analyst", sent).plan();
        final io.followupbot.policy.Plan outsider = core.followUps.apply(member(OUTSIDER), "Acme", "Data Analyst", sent)
                .plan();

        // THEN the follow-up is on Thursday 19 March for both; the move-ons 21 and 14 days after it
        assertThat(saved.outcome()).isEqualTo(CommunityAnswer.Outcome.SAVED);
        assertThat(member(ANA).settings().applicationSilenceDays()).isEqualTo(21);
        assertThat(ana.steps()).extracting(step -> step.kind() + " " + step.at().toLocalDate())
                .containsExactly("APPLICATION_FOLLOW_UP 2026-03-19", "MOVE_ON 2026-04-09");
        assertThat(outsider.steps()).extracting(step -> step.kind() + " " + step.at().toLocalDate())
                .containsExactly("APPLICATION_FOLLOW_UP 2026-03-19", "MOVE_ON 2026-04-02");
        assertThat(refused.outcome()).isEqualTo(CommunityAnswer.Outcome.REFUSED);
        assertThat(refused.problems()).containsExactly("\"" + MemberText.quote("3") + "\" isn't a number of days between 7 and 90: how long an "
                + "application stays quiet after its follow-up before the move-on, e.g. 14.");
    }

    private Member member(final MemberKey key) {
        return core.store.inTransaction(session -> session.memberFor(key, ""));
    }

    private void save(final Member member, final MemberSettings settings) {
        core.store.useTransaction(session -> session.saveMember(new Member(member.id(), member.key(),
                member.displayName(), settings, member.zoneConfirmed(), member.dmChannel(), member.lastChannel(),
                member.unreachableSince())));
    }
}
