package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.config.BotConfig;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.Stage;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retention ({@code retention:} in bot-config.yml): closed applications go after {@code closed-days}, silent members
 * after {@code inactive-days} with one message a week before, and open applications and active members stay. On
 * SQLite here; {@link RetentionOnPostgresTest} runs the same on PostgreSQL.
 */
class RetentionTest {

    private static final Instant START = Instant.parse("2026-03-10T15:00:00Z");
    private static final BotConfig.Retention DEFAULT = new BotConfig.Retention(365, 540);

    @TempDir
    Path folder;

    TestCore core;
    private final List<Nudge> sent = new ArrayList<>();

    TestCore core(final Path where) {
        return new TestCore(where, START);
    }

    @BeforeEach
    void open() {
        core = core(folder);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    @DisplayName("GIVEN an application rejected 366 days ago, one rejected 300 days ago and one open and untouched for "
            + "400 days WHEN retention runs THEN only the first is deleted, with its interviewers, plan and events")
    void closedApplicationsGoAfterClosedDays() {
        final Member member = member("U1");
        add(member, "Old Rejection Ltd", Stage.REJECTED);
        core.clock.advance(Duration.ofDays(66));
        add(member, "Recent Rejection Ltd", Stage.REJECTED);
        add(member, "Still Open Ltd", Stage.WAITING);
        core.clock.advance(Duration.ofDays(300));
        keepActive(member);

        final Retention.Outcome outcome = retention(DEFAULT).runOnce();

        assertThat(outcome.closedDeleted()).isEqualTo(1);
        assertThat(companies()).containsExactlyInAnyOrder("Recent Rejection Ltd", "Still Open Ltd");
        assertThat(core.count("SELECT COUNT(*) FROM interviewers")).isEqualTo(2);
        assertThat(core.count("SELECT COUNT(*) FROM events WHERE interview_id NOT IN (SELECT id FROM interviews)"))
                .isZero();
    }

    @Test
    @DisplayName("GIVEN a member silent for 534 days and one active yesterday WHEN retention runs daily THEN the silent "
            + "one is told once, naming the day, and deleted a week later; the active one is neither told nor deleted")
    void silentMembersAreToldThenDeleted() {
        final Member silent = member("USILENT");
        add(silent, "Silent Co", Stage.WAITING);
        core.clock.advance(Duration.ofDays(534));
        final Member active = member("UACTIVE");
        final Retention retention = retention(DEFAULT);

        final Retention.Outcome first = retention.runOnce();
        core.clock.advance(Duration.ofDays(1));
        final Retention.Outcome second = retention.runOnce();

        assertThat(first.told()).isEqualTo(1);
        assertThat(second.told()).isZero();
        assertThat(second.membersDeleted()).as("told a day ago: deleted only a week after").isZero();
        assertThat(sent).singleElement().satisfies(nudge -> {
            assertThat(nudge.memberKey()).isEqualTo(silent.key());
            assertThat(nudge.message().text()).contains("away for 540 days: yours goes on Thursday 2 September");
        });
        core.clock.advance(Duration.ofDays(5).plusHours(12));
        keepActive(active);
        assertThat(retention.runOnce().membersDeleted()).as("silent for over 540 days, but told less than a week ago")
                .isZero();
        core.clock.advance(Duration.ofHours(12));

        final Retention.Outcome week = retention.runOnce();

        assertThat(week.membersDeleted()).isEqualTo(1);
        assertThat(members()).containsExactly("UACTIVE");
        assertThat(companies()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a silent member who was told WHEN they write to the bot before the day THEN they are kept and "
            + "would be told again only after another long silence")
    void aMemberWhoComesBackIsKept() {
        final Member member = member("UBACK");
        core.clock.advance(Duration.ofDays(534));
        final Retention retention = retention(DEFAULT);
        retention.runOnce();

        core.clock.advance(Duration.ofDays(3));
        keepActive(member);
        core.clock.advance(Duration.ofDays(10));
        final Retention.Outcome later = retention.runOnce();

        assertThat(later.membersDeleted()).isZero();
        assertThat(later.told()).isZero();
        assertThat(members()).containsExactly("UBACK");
    }

    @Test
    @DisplayName("GIVEN retention set to 0 days for both WHEN retention runs after years THEN nothing is deleted or sent")
    void zeroKeepsEverything() {
        final Member member = member("UKEEP");
        add(member, "Kept Rejection Ltd", Stage.REJECTED);
        core.clock.advance(Duration.ofDays(3000));

        final Retention.Outcome outcome = retention(new BotConfig.Retention(0, 0)).runOnce();

        assertThat(outcome).isEqualTo(new Retention.Outcome(0, 0, 0));
        assertThat(companies()).containsExactly("Kept Rejection Ltd");
        assertThat(sent).isEmpty();
    }

    @ParameterizedTest(name = "the platform says {0}: {1} message(s) in the week, {2} member(s) deleted")
    @DisplayName("GIVEN a silent member whom the message does not reach WHEN retention runs daily for a week THEN they "
            + "are never counted as told; a message to retry is sent again each day and the member kept, while an "
            + "unreachable member is marked told all the same (not tried again) and deleted a week later")
    @CsvSource(textBlock = """
            retry later, 8, 0
            unreachable, 1, 1
            """)
    void aMessageThatDoesNotArrive(final String platformSays, final int messages, final int deleted) {
        member("UNOTTOLD");
        core.clock.advance(Duration.ofDays(534));
        final Retention retention = retention(DEFAULT, platformSays.equals("retry later")
                ? SendResult.retryLater("rate limited") : SendResult.permanent("user not found"));
        int told = 0;
        int membersDeleted = 0;
        for (int day = 0; day <= 7; day++) {
            final Retention.Outcome outcome = retention.runOnce();
            told += outcome.told();
            membersDeleted += outcome.membersDeleted();
            core.clock.advance(Duration.ofDays(1));
        }

        assertThat(told).isZero();
        assertThat(sent).hasSize(messages);
        assertThat(membersDeleted).isEqualTo(deleted);
    }

    private Retention retention(final BotConfig.Retention settings) {
        return retention(settings, SendResult.delivered());
    }

    private Retention retention(final BotConfig.Retention settings, final SendResult result) {
        return new Retention(settings, core.store, nudge -> {
            sent.add(nudge);
            return result;
        }, core.clock);
    }

    private Member member(final String user) {
        return core.app.members().arrive(new Members.Arrival(new MemberKey("slack", "T1", user), user,
                Optional.empty(), ""));
    }

    /** The member writes to the bot (as any input does, through arrival). */
    private void keepActive(final Member member) {
        core.app.members().arrive(new Members.Arrival(member.key(), member.displayName(), Optional.empty(), ""));
    }

    private void add(final Member member, final String company, final Stage stage) {
        core.store.useTransaction(session -> {
            final var stored = session.addInterview(member.id(), new Interview(company, "Analyst",
                    core.clock.instant().minus(Duration.ofDays(1)), Duration.ofMinutes(45), InterviewFormat.VIDEO,
                    List.of(new Interviewer("Ana Ruiz", "", "", "")), Optional.empty(), ContactChannel.EMAIL,
                    core.clock.instant(), ""), stage);
            session.appendRecord(member.id(), stored.id(), "note", "{}");
        });
    }

    private List<String> companies() {
        return core.database.jdbi().withHandle(handle -> handle.createQuery("SELECT company FROM interviews")
                .mapTo(String.class).list());
    }

    private List<String> members() {
        return core.database.jdbi().withHandle(handle -> handle.createQuery("SELECT user_id FROM members")
                .mapTo(String.class).list());
    }
}
