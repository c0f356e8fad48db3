package io.followupbot.interview;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the member told the bot, as values: defaults for what they left out, and what follows from it. */
final class InterviewRecordsTest {

    private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Interview interview(final Duration length, final Instant recordedAt) {
        return new Interview("Acme", "Data Engineer", TEN, length, InterviewFormat.VIDEO,
                List.of(Interviewer.named("Ana Ruiz")), null, null, recordedAt, null);
    }

    @Test
    @DisplayName("An interview without a length lasts the default 45 minutes; the thank-you is timed from its end")
    void defaultLength() {
        final Interview unknownLength = interview(null, TEN);
        assertThat(unknownLength.length()).isEqualTo(Interview.DEFAULT_LENGTH).isEqualTo(Duration.ofMinutes(45));
        assertThat(unknownLength.endsAt()).isEqualTo(Instant.parse("2026-03-10T10:45:00Z"));
        assertThat(interview(Duration.ofHours(2), TEN).endsAt()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
    }

    @Test
    @DisplayName("What was left out reads as nothing: no decision date, email, no addition, no past result")
    void defaults() {
        final Interview bare = interview(null, TEN);
        assertThat(bare.decisionDate()).isEmpty();
        assertThat(bare.channel()).isEqualTo(ContactChannel.EMAIL);
        assertThat(bare.addition()).isEmpty();
        assertThat(bare.pastResult()).isEmpty();
        final Interview withNulls = new Interview("Acme", "Role", TEN, null, InterviewFormat.PHONE, List.of(),
                Optional.of(LocalDate.of(2026, 3, 20)), ContactChannel.PHONE, TEN, "an addition", null);
        assertThat(withNulls.pastResult()).isEmpty();
        assertThat(withNulls.decisionDate()).contains(LocalDate.of(2026, 3, 20));
        assertThat(withNulls.channel()).isEqualTo(ContactChannel.PHONE);
    }

    @Test
    @DisplayName("An interview is entered in advance only when the bot learned of it before it began")
    void enteredInAdvance() {
        assertThat(interview(null, TEN.minusSeconds(1)).enteredInAdvance()).isTrue();
        assertThat(interview(null, TEN).enteredInAdvance()).isFalse();
        assertThat(interview(null, TEN.plusSeconds(1)).enteredInAdvance()).isFalse();
    }

    @Test
    @DisplayName("An interview as learned of at another moment keeps everything else, the past result included")
    void learnedAt() {
        final Interview original = new Interview("Acme", "Role", TEN, Duration.ofMinutes(30), InterviewFormat.ONSITE,
                List.of(Interviewer.named("Ana")), Optional.of(LocalDate.of(2026, 3, 20)), ContactChannel.PHONE,
                TEN.plusSeconds(3600), "addition", "cut costs by 20%");
        final Interview earlier = original.learnedAt(TEN.minusSeconds(86_400));
        assertThat(earlier.recordedAt()).isEqualTo(TEN.minusSeconds(86_400));
        assertThat(earlier).usingRecursiveComparison().ignoringFields("recordedAt").isEqualTo(original);
    }

    @Test
    @DisplayName("An interview's list of interviewers cannot be changed behind its back")
    void interviewersCopied() {
        final List<Interviewer> people = new java.util.ArrayList<>(List.of(Interviewer.named("Ana")));
        final Interview interview = new Interview("Acme", "Role", TEN, null, InterviewFormat.VIDEO, people, null, null,
                TEN, "");
        people.add(Interviewer.named("Ben"));
        assertThat(interview.interviewers()).extracting(Interviewer::name).containsExactly("Ana");
    }

    @Test
    @DisplayName("An interviewer: first name for a greeting; missing title, email and detail are empty")
    void interviewer() {
        final Interviewer ana = new Interviewer("  Ana Ruiz Soto ", null, null, null);
        assertThat(ana.firstName()).isEqualTo("Ana");
        assertThat(ana.title()).isEmpty();
        assertThat(ana.email()).isEmpty();
        assertThat(ana.detail()).isEmpty();
        assertThat(Interviewer.named("Ben").firstName()).isEqualTo("Ben");
        assertThat(Interviewer.named("Dr. Maya Chen").firstName()).isEqualTo("Maya");
        assertThat(Interviewer.named("Dr. Maya Chen").greetingName()).isEqualTo("Dr. Chen");
        assertThat(Interviewer.named("Dr.").greetingName()).isEqualTo("Dr.");
        assertThat(Interviewer.named("Ben").withDetail("data mesh"))
                .isEqualTo(new Interviewer("Ben", "", "", "data mesh"));
        assertThatThrownBy(() -> Interviewer.named(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("Member settings default to the rules: 09:00 nudges, quiet 21:00-08:00, standard cadence")
    void settingsDefaults() {
        final MemberSettings settings = MemberSettings.defaults(BERLIN, "DE");
        assertThat(settings).isEqualTo(new MemberSettings(BERLIN, "DE", LocalTime.of(9, 0), LocalTime.of(21, 0),
                LocalTime.of(8, 0), Cadence.STANDARD, "", ""));
        assertThat(new MemberSettings(BERLIN, "DE", LocalTime.NOON, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                Cadence.GENTLE, null, null)).extracting(MemberSettings::name, MemberSettings::signature)
                .containsExactly("", "");
    }

    @Test
    @DisplayName("Each change of a setting changes that setting alone")
    void settingsWithers() {
        final MemberSettings base = MemberSettings.defaults(BERLIN, "DE").withName("Kim Lee", "kim@example.org");
        final ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(base.withZone(tokyo)).isEqualTo(new MemberSettings(tokyo, "DE", LocalTime.of(9, 0),
                LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD, "Kim Lee", "kim@example.org"));
        assertThat(base.withCountry("AT")).isEqualTo(new MemberSettings(BERLIN, "AT", LocalTime.of(9, 0),
                LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD, "Kim Lee", "kim@example.org"));
        assertThat(base.withCadence(Cadence.PERSISTENT)).isEqualTo(new MemberSettings(BERLIN, "DE", LocalTime.of(9, 0),
                LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.PERSISTENT, "Kim Lee", "kim@example.org"));
        assertThat(base.withNudgeHour(LocalTime.of(10, 30))).isEqualTo(new MemberSettings(BERLIN, "DE",
                LocalTime.of(10, 30), LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD, "Kim Lee",
                "kim@example.org"));
        assertThat(base.withQuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))).isEqualTo(new MemberSettings(BERLIN,
                "DE", LocalTime.of(9, 0), LocalTime.of(22, 0), LocalTime.of(7, 0), Cadence.STANDARD, "Kim Lee",
                "kim@example.org"));
        assertThat(base.withName("Kim Park", "")).isEqualTo(new MemberSettings(BERLIN, "DE", LocalTime.of(9, 0),
                LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD, "Kim Park", ""));
    }

    @Test
    @DisplayName("A member: reachable until the platform refused a DM for good; missing channels are empty")
    void member() {
        final MemberKey key = new MemberKey("slack", "T1", "U1");
        final Member member = new Member("m1", key, null, MemberSettings.defaults(BERLIN, "DE"), true, null, null, null);
        assertThat(member.displayName()).isEmpty();
        assertThat(member.dmChannel()).isEmpty();
        assertThat(member.lastChannel()).isEmpty();
        assertThat(member.reachable()).isTrue();
        final Member refused = new Member("m1", key, "Kim", member.settings(), true, Optional.of("D1"), Optional.empty(),
                Optional.of(TEN));
        assertThat(refused.reachable()).isFalse();
    }

    @Test
    @DisplayName("A member's key names platform, workspace and user, so two workspaces never mix")
    void memberKey() {
        assertThat(new MemberKey("discord", "dm", "42")).hasToString("discord:dm:42");
        assertThat(new MemberKey("slack", "T1", "U1")).isNotEqualTo(new MemberKey("slack", "T2", "U1"));
        assertThatThrownBy(() -> new MemberKey("slack", null, "U1")).isInstanceOf(NullPointerException.class)
                .hasMessage("workspaceId");
    }

    @Test
    @DisplayName("A stored interview changed keeps its id, member and number")
    void storedInterview() {
        final Interview before = interview(null, TEN);
        final StoredInterview stored = new StoredInterview("id-1", "m1", 3, before, Stage.WAITING);
        final Interview after = before.learnedAt(TEN.minusSeconds(60));
        assertThat(stored.with(after, Stage.OFFER)).isEqualTo(new StoredInterview("id-1", "m1", 3, after, Stage.OFFER));
    }

    @Test
    @DisplayName("Text limits: a longer answer is cut at the limit without the trailing space; a short one kept")
    void textLimits() {
        assertThat(TextLimits.cap("Acme", TextLimits.NAME)).isEqualTo("Acme");
        assertThat(TextLimits.cap("abcde", 5)).isEqualTo("abcde");
        assertThat(TextLimits.cap("abc ", 4)).as("within the limit: kept exactly as typed").isEqualTo("abc ");
        assertThat(TextLimits.cap("abc def", 4)).isEqualTo("abc");
        assertThat(TextLimits.cap("x".repeat(TextLimits.LONG_TEXT + 1), TextLimits.LONG_TEXT)).hasSize(500);
        assertThat(List.of(TextLimits.NAME, TextLimits.RESULT, TextLimits.LONG_TEXT)).containsExactly(200, 400, 500);
    }
}
