package io.followupbot.interview;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a member chose (or inherited from {@code bot-config.yml}) that shapes their plans and drafts.
 *
 * @param country ISO 3166 code whose public holidays are not business days, e.g. "US", "GB", "DE"
 * @param nudgeHour the local time at which day-based nudges arrive
 * @param quietStart start of the nightly quiet window (no nudge at all inside it)
 * @param quietEnd end of the quiet window; may be earlier than {@code quietStart} (spans midnight)
 * @param name the member's full name, used to sign drafts
 * @param signature contact line(s) under the name (phone, email, portfolio)
 * @param weeklyGoal how many applications and follow-ups the member means to make a week; 0 for no goal
 */
public record MemberSettings(
        ZoneId zone,
        String country,
        LocalTime nudgeHour,
        LocalTime quietStart,
        LocalTime quietEnd,
        Cadence cadence,
        String name,
        String signature,
        int weeklyGoal,
        int applicationSilenceDays) {

    /** The silence after an application's follow-up before its move-on, unless a community sets its own (issue 33). */
    public static final int DEFAULT_APPLICATION_SILENCE_DAYS = 14;

    public MemberSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(nudgeHour, "nudgeHour");
        Objects.requireNonNull(quietStart, "quietStart");
        Objects.requireNonNull(quietEnd, "quietEnd");
        Objects.requireNonNull(cadence, "cadence");
        name = name == null ? "" : name;
        signature = signature == null ? "" : signature;
        if (weeklyGoal < 0) {
            throw new IllegalArgumentException("a weekly goal is 0 (none) or more: " + weeklyGoal);
        }
        if (applicationSilenceDays < 1) {
            throw new IllegalArgumentException("an application's silence is a day or more: " + applicationSilenceDays);
        }
    }

    /** Settings with the bot's silence after an application's follow-up. */
    public MemberSettings(final ZoneId zone, final String country, final LocalTime nudgeHour,
                          final LocalTime quietStart, final LocalTime quietEnd, final Cadence cadence, final String name,
                          final String signature, final int weeklyGoal) {
        this(zone, country, nudgeHour, quietStart, quietEnd, cadence, name, signature, weeklyGoal,
                DEFAULT_APPLICATION_SILENCE_DAYS);
    }

    /** Settings without a weekly goal. */
    public MemberSettings(final ZoneId zone, final String country, final LocalTime nudgeHour,
                          final LocalTime quietStart, final LocalTime quietEnd, final Cadence cadence, final String name,
                          final String signature) {
        this(zone, country, nudgeHour, quietStart, quietEnd, cadence, name, signature, 0);
    }

    /** Whether the member set a weekly goal. */
    public boolean hasWeeklyGoal() {
        return weeklyGoal > 0;
    }

    /** The defaults of the rules document: 09:00 nudges, quiet 21:00-08:00, standard cadence. */
    public static MemberSettings defaults(final ZoneId zone, final String country) {
        return new MemberSettings(zone, country, LocalTime.of(9, 0), LocalTime.of(21, 0),
                LocalTime.of(8, 0), Cadence.STANDARD, "", "", 0);
    }

    public MemberSettings withZone(final ZoneId newZone) {
        return new MemberSettings(newZone, country, nudgeHour, quietStart, quietEnd, cadence, name, signature, weeklyGoal, applicationSilenceDays);
    }

    public MemberSettings withCountry(final String newCountry) {
        return new MemberSettings(zone, newCountry, nudgeHour, quietStart, quietEnd, cadence, name, signature, weeklyGoal, applicationSilenceDays);
    }

    public MemberSettings withCadence(final Cadence newCadence) {
        return new MemberSettings(zone, country, nudgeHour, quietStart, quietEnd, newCadence, name, signature, weeklyGoal, applicationSilenceDays);
    }

    public MemberSettings withNudgeHour(final LocalTime newNudgeHour) {
        return new MemberSettings(zone, country, newNudgeHour, quietStart, quietEnd, cadence, name, signature, weeklyGoal, applicationSilenceDays);
    }

    /** The same settings with the community's (or the bot's) silence after an application's follow-up. */
    public MemberSettings withApplicationSilence(final int days) {
        return new MemberSettings(zone, country, nudgeHour, quietStart, quietEnd, cadence, name, signature, weeklyGoal,
                days);
    }

    public MemberSettings withQuietHours(final LocalTime start, final LocalTime end) {
        return new MemberSettings(zone, country, nudgeHour, start, end, cadence, name, signature, weeklyGoal, applicationSilenceDays);
    }

    public MemberSettings withName(final String newName, final String newSignature) {
        return new MemberSettings(zone, country, nudgeHour, quietStart, quietEnd, cadence, newName, newSignature, weeklyGoal, applicationSilenceDays);
    }

    public MemberSettings withWeeklyGoal(final int newWeeklyGoal) {
        return new MemberSettings(zone, country, nudgeHour, quietStart, quietEnd, cadence, name, signature,
                newWeeklyGoal, applicationSilenceDays);
    }
}
