package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.testkit.CoreDatabase;
import io.followupbot.testkit.TestCore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The figures count only members who agreed, in their own community; forget-me and "stats off" take them out. */
@ParameterizedClass(name = "on {0}")
@EnumSource(CoreDatabase.class)
final class CommunityStatsTest {

    private static final Instant INTERVIEW = Instant.parse("2026-03-10T14:00:00Z");
    private static final CommunityKey ACME = new CommunityKey("slack", "T1");

    @AutoClose
    private final TestCore core;

    /** Every test runs on SQLite and on PostgreSQL. */
    CommunityStatsTest(final CoreDatabase database, @TempDir final Path folder) {
        core = database.core(folder, INTERVIEW.plus(Duration.ofDays(30)));
    }

    @Test
    @DisplayName("GIVEN 6 members of a workspace who agreed, 3 who did not and one of another workspace WHEN an admin "
            + "asks for the figures THEN 6 interviews count; with a member forgotten and one who stopped, 4 are hidden")
    void onlyConsentingMembersCount() {
        sixConsentingMembersWithAnInterview("U", key -> { });
        for (int i = 7; i <= 9; i++) {
            memberWithInterview(new MemberKey("slack", "T1", "U" + i), false);
        }
        memberWithInterview(new MemberKey("slack", "T2", "V1"), true);

        assertSixInterviewsAllThankedInMarch();

        say(new MemberKey("slack", "T1", "U1"), "forget-me confirm");
        say(new MemberKey("slack", "T1", "U2"), "settings stats off");

        final StatsAnswer after = core.communities.stats(ACME);
        assertThat(after.months().get(0).interviews().members()).isEqualTo(4);
        assertThat(after.months().get(0).interviews().visible()).isEmpty();
        assertThat(after.chart()).startsWith((byte) 0x89, (byte) 'P');
    }

    @Test
    @DisplayName("GIVEN 6 consenting members whose applications each had a second round WHEN an admin asks for the "
            + "figures THEN 6 applications count, not 12: a later round is part of its application, not another one")
    void roundsArePartOfTheirApplication() {
        sixConsentingMembersWithAnInterview("R", key -> core.store.useTransaction(session -> {
            final String id = session.findMember(key).orElseThrow().id();
            final StoredInterview application = session.interview(id, 1).orElseThrow();
            session.addRound(application, new Interview("Acme", "Analyst", INTERVIEW.plus(Duration.ofDays(5)),
                    Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(Interviewer.named("Rita Gomez")),
                    Optional.empty(), ContactChannel.EMAIL, INTERVIEW.plus(Duration.ofDays(5)), ""));
        }));

        assertSixInterviewsAllThankedInMarch();
    }

    @Test
    @DisplayName("GIVEN 6 consenting members with an interview who each also noted an application with no interview "
            + "yet WHEN an admin asks for the figures THEN 6 interviews count, not 12, and all thanked within 24 hours")
    void applicationsWithoutAnInterviewAreNoInterviews() {
        sixConsentingMembersWithAnInterview("A", key -> say(key, "applied Globex, Product Manager 2026-03-11"));

        assertSixInterviewsAllThankedInMarch();
    }

    @Test
    @DisplayName("GIVEN a member WHEN they agree to count and turn the digest off THEN settings says so, and their "
            + "export's JSON carries both choices")
    void choicesAreSettingsAndExported() {
        final MemberKey ana = new MemberKey("slack", "T1", "U1");
        assertThat(text(say(ana, "settings stats"))).contains("You don't count");

        assertThat(text(say(ana, "settings stats on"))).isEqualTo("Saved. You count in your community's anonymous figures "
                + "(never by name, and only in groups of at least 5 people). Stop with settings stats off.");
        assertThat(text(say(ana, "settings digest off"))).contains("Your weekly digest is off");
        assertThat(text(say(ana, "settings digest maybe"))).contains("isn't on or off");

        final Reply export = say(ana, "export");
        final String json = export.messages().stream().flatMap(message -> message.files().stream())
                .filter(file -> file.name().endsWith(".json")).map(file -> new String(file.content(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
        assertThat(json).contains("\"counted_in_anonymous_figures\" : true").contains("\"weekly_digest\" : false");
    }

    /** The figures an admin sees for March: 6 interviews, every one thanked within 24 hours. */
    private void assertSixInterviewsAllThankedInMarch() {
        final OutcomeStats.Month march = core.communities.stats(ACME).months().get(0);
        assertThat(march.interviews().visible()).contains(6.0);
        assertThat(march.thankYousWithin24h().visible()).contains(1.0);
    }

    /**
     * Six members of workspace T1 (user ids {@code prefix} 1 to 6) who agreed to count, each with an interview thanked
     * within 24 hours; then {@code more} for each of them.
     */
    private void sixConsentingMembersWithAnInterview(final String prefix, final Consumer<MemberKey> more) {
        for (int i = 1; i <= 6; i++) {
            final MemberKey key = new MemberKey("slack", "T1", prefix + i);
            memberWithInterview(key, true);
            more.accept(key);
        }
    }

    private void memberWithInterview(final MemberKey key, final boolean consent) {
        if (consent) {
            say(key, "settings stats on");
        }
        core.store.useTransaction(session -> {
            final String id = session.memberFor(key, "").id();
            final Interview interview = new Interview("Acme", "Analyst", INTERVIEW, Duration.ofMinutes(45),
                    InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")), Optional.empty(), ContactChannel.EMAIL,
                    INTERVIEW, "");
            final StoredInterview stored = session.addInterview(id, interview, Stage.WAITING);
            session.appendEvent(id, stored.id(), new InterviewEvent.Sent(INTERVIEW.plus(Duration.ofHours(3)),
                    StepKind.THANK_YOU, Optional.of("Ben Ode")));
        });
    }

    private Reply say(final MemberKey key, final String text) {
        return core.engine.handle(new Inbound(key, "", Optional.empty(), "D1", Inbound.Kind.COMMAND, text));
    }

    private static String text(final Reply reply) {
        return String.join("\n", reply.messages().stream().map(Outbound::text).toList());
    }
}
