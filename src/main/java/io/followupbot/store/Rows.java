package io.followupbot.store;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StoredInterview;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import io.followupbot.store.rows.InterviewRow;
import io.followupbot.store.rows.InterviewerRow;
import io.followupbot.store.rows.MemberRow;

/** Rows of the members and interviews tables to the domain's types and back; a setting never stored reads as the default. */
final class Rows {

    private Rows() {
    }

    static MemberRow memberRow(final java.sql.ResultSet row, final org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        final long unreachableMillis = row.getLong("unreachable_since");
        final Long unreachable = row.wasNull() ? null : unreachableMillis;
        return new MemberRow(row.getString("id"), row.getString("platform"), row.getString("workspace_id"),
                row.getString("user_id"), row.getString("display_name"), row.getString("time_zone"),
                row.getString("country"), row.getString("nudge_hour"), row.getString("quiet_start"),
                row.getString("quiet_end"), row.getString("cadence"), row.getString("full_name"),
                row.getString("signature"), row.getString("dm_channel"), row.getString("last_channel"),
                unreachable, row.getInt("next_interview_number"), row.getLong("created_at"),
                row.getInt("weekly_goal"));
    }

    static Member member(final MemberRow row, final BotConfig.Defaults defaults) {
        final MemberSettings settings = settingsOver(defaults, row.timeZone(), row.country(), row.nudgeHour(),
                row.quietStart(), row.quietEnd(), row.cadence(), null).toSettings()
                .withName(row.fullName(), row.signature()).withWeeklyGoal(row.weeklyGoal());
        return new Member(row.id(), new MemberKey(row.platform(), row.workspaceId(), row.userId()), row.displayName(),
                settings, row.timeZone() != null, Optional.ofNullable(row.dmChannel()),
                Optional.ofNullable(row.lastChannel()),
                Optional.ofNullable(row.unreachableSince()).map(Instant::ofEpochMilli));
    }

    /** Settings as stored (a member's, a community's) over the defaults: a column never set (null) keeps the default. */
    static BotConfig.Defaults settingsOver(final BotConfig.Defaults defaults, final String timeZone, final String country,
                                           final String nudgeHour, final String quietStart, final String quietEnd,
                                           final String cadence, final Integer applicationSilence) {
        return new BotConfig.Defaults(
                timeZone == null ? defaults.zone() : ZoneId.of(timeZone),
                country == null ? defaults.country() : country,
                nudgeHour == null ? defaults.nudgeHour() : LocalTime.parse(nudgeHour),
                quietStart == null ? defaults.quietStart() : LocalTime.parse(quietStart),
                quietEnd == null ? defaults.quietEnd() : LocalTime.parse(quietEnd),
                cadence == null ? defaults.cadence() : Cadence.parse(cadence).orElse(defaults.cadence()),
                applicationSilence == null ? defaults.applicationSilenceDays() : applicationSilence);
    }

    /**
     * The row of one round of an application: the application's own row for the round it was entered with, a row
     * of its own ({@code applicationId} set) for any other, with its round number (its place by date).
     *
     * @param number the row's number: the application's for its own row, a hidden negative one for a later round
     */
    static InterviewRow roundRow(final StoredInterview stored, final int position, final int number, final long now) {
        final StoredInterview.Round round = stored.rounds().get(position);
        final Interview interview = round.interview();
        final boolean own = round.id().equals(stored.id());
        return new InterviewRow(round.id(), stored.memberId(), number, interview.company(), interview.role(),
                interview.startsAt().toEpochMilli(), (int) interview.length().toMinutes(), interview.format().name(),
                interview.decisionDate().map(LocalDate::toString).orElse(null), interview.channel().name(),
                interview.recordedAt().toEpochMilli(), interview.addition(), interview.pastResult(), stored.stage().name(),
                stored.stage() == Stage.ARCHIVED ? 1 : 0, now, own ? null : stored.id(), position + 1);
    }

    /** Maps a round's row whose interviewers were read already (in position order). */
    static StoredInterview.Round round(final InterviewRow row, final List<InterviewerRow> interviewers) {
        final List<Interviewer> people = interviewers.stream()
                .map(person -> new Interviewer(person.name(), person.title(), person.email(), person.detail()))
                .toList();
        return new StoredInterview.Round(row.id(), new Interview(row.company(), row.role(),
                Instant.ofEpochMilli(row.startsAt()), Duration.ofMinutes(row.lengthMinutes()),
                InterviewFormat.valueOf(row.format()), people, Optional.ofNullable(row.decisionDate()).map(LocalDate::parse),
                ContactChannel.valueOf(row.channel()), Instant.ofEpochMilli(row.recordedAt()), row.addition(),
                row.pastResult()));
    }

    /** Maps an application's row and its rounds (its own among them, each with its interviewers read already). */
    static StoredInterview application(final InterviewRow row, final List<StoredInterview.Round> rounds) {
        final List<StoredInterview.Round> ordered = new java.util.ArrayList<>(rounds);
        ordered.sort(java.util.Comparator.comparing(round -> round.interview().startsAt()));
        return new StoredInterview(row.id(), row.memberId(), row.number(), ordered, Stage.valueOf(row.stage()));
    }
}
