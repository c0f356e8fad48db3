package io.followupbot.config;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.WorkSearchTerms;
import io.followupbot.policy.calendar.Closures;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole of {@code bot-config.yml}, validated, with secrets already read from the environment. */
public record BotConfig(
        Database database,
        Defaults defaults,
        Conversation conversation,
        Drafts drafts,
        Web web,
        Slack slack,
        Discord discord,
        Closures closures,
        Privacy privacy,
        Retention retention,
        WorkSearchLog workSearchLog) {

    /**
     * Where data lives. SQLite by default; PostgreSQL when {@code DATABASE_URL} is set, so that several
     * instances can share the work. {@code encryption} seals member data at rest (from the environment only).
     */
    public record Database(String jdbcUrl, String user, Secret password, Encryption encryption) {

        /** A database whose member data is stored in the clear. */
        public Database(final String jdbcUrl, final String user, final Secret password) {
            this(jdbcUrl, user, password, Encryption.OFF);
        }

        public Database withEncryption(final Encryption keys) {
            return new Database(jdbcUrl, user, password, keys);
        }

        public boolean isPostgres() {
            return jdbcUrl.startsWith("jdbc:postgresql:");
        }

        /** The SQLite file, if this is a file-backed SQLite database. */
        public Optional<Path> sqliteFile() {
            if (isPostgres() || jdbcUrl.contains(":memory:")) {
                return Optional.empty();
            }
            final String location = jdbcUrl.substring("jdbc:sqlite:".length());
            final int query = location.indexOf('?');
            return Optional.of(Path.of(query < 0 ? location : location.substring(0, query)));
        }

        /** The URL with any password removed, safe to print. */
        public String describe() {
            return jdbcUrl.replaceAll("password=[^&]*", "password=****");
        }
    }

    /** What a member starts with until they change it in {@code settings}. */
    public record Defaults(ZoneId zone, String country, LocalTime nudgeHour, LocalTime quietStart,
                           LocalTime quietEnd, Cadence cadence, int applicationSilenceDays) {

        /** The defaults with the bot's silence after an application's follow-up. */
        public Defaults(final ZoneId zone, final String country, final LocalTime nudgeHour, final LocalTime quietStart,
                        final LocalTime quietEnd, final Cadence cadence) {
            this(zone, country, nudgeHour, quietStart, quietEnd, cadence, MemberSettings.DEFAULT_APPLICATION_SILENCE_DAYS);
        }

        public MemberSettings toSettings() {
            return new MemberSettings(zone, country, nudgeHour, quietStart, quietEnd, cadence, "", "", 0,
                    applicationSilenceDays);
        }
    }

    /** The intake conversation: how long an unfinished one is kept, how long an answer may be. */
    public record Conversation(Duration intakeExpiry, int maxAnswerLength, int cacheSize) {
    }

    /** Where a community keeps its own wording of the drafts, if anywhere. */
    public record Drafts(Optional<Path> overrideDir) {
    }

    /**
     * The local web chat (and the HTTP port Slack posts to).
     *
     * @param publicAccess the operator's word that the web chat may be served on a non-loopback address
     *     ({@code web.public}); it then needs {@code accessToken}
     * @param accessToken when set, every request but the health check and Slack's signed events must carry it
     */
    public record Web(String bind, int port, boolean publicAccess, Secret accessToken) {

        /** Local only, no token. */
        public Web(final String bind, final int port) {
            this(bind, port, false, Secret.none());
        }

        /** Whether the address only accepts connections from this machine. */
        public boolean loopback() {
            final String host = bind.strip().toLowerCase(java.util.Locale.ROOT);
            return host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                    || host.equals("[::1]");
        }
    }

    /**
     * Slack: one workspace with a bot token, or many through OAuth.
     *
     * @param tokenEncryptionKey when set, the bot tokens of OAuth installations are stored encrypted with it
     */
    public record Slack(Secret botToken, Secret signingSecret, Secret appToken, String clientId,
                        Secret clientSecret, URI apiUrl, Secret tokenEncryptionKey) {

        public boolean singleWorkspace() {
            return botToken.isSet() && signingSecret.isSet();
        }

        public boolean oauth() {
            return !clientId.isBlank() && clientSecret.isSet() && signingSecret.isSet();
        }

        public boolean socketMode() {
            return appToken.isSet() && botToken.isSet();
        }

        public boolean enabled() {
            return singleWorkspace() || oauth() || socketMode();
        }
    }

    /** Discord: a bot token, and overrides of JDA's endpoints for proxies and tests. */
    public record Discord(Secret token, Optional<URI> apiUrl, Optional<URI> gatewayUrl, String testGuild) {

        public boolean enabled() {
            return token.isSet();
        }
    }

    /**
     * Who runs this bot, for the privacy notice: a name and a way to reach them (an email or a web address); both
     * may be empty, and the notice then says to ask the community's admins.
     */
    public record Privacy(String operator, String contact) {
        public static final Privacy UNSET = new Privacy("", "");
    }

    /**
     * How long data is kept: an application closed (an outcome, a move-on or an archive) for more than
     * {@code closedDays} is deleted; a member who has not used the bot for {@code inactiveDays} is deleted after one
     * message a week before. 0 keeps that data until the member deletes it.
     */
    public record Retention(int closedDays, int inactiveDays) {
        public static final Retention DEFAULT = new Retention(365, 540);

        /** One line for check-config and the start-up log. */
        public String describe() {
            return "retention: closed applications " + (closedDays == 0 ? "kept" : "deleted after " + closedDays
                    + " days") + ", inactive members " + (inactiveDays == 0 ? "kept" : "deleted after " + inactiveDays
                    + " days (told a week before)");
        }
    }

    /**
     * The words of the work-search log ({@code report}): {@code everyone}'s, and some communities' own (keyed
     * {@code platform:id}, e.g. {@code slack:T0123ABC}), each already over everyone's.
     */
    public record WorkSearchLog(WorkSearchTerms everyone, Map<String, WorkSearchTerms> communities) {
        public static final WorkSearchLog ENGLISH = new WorkSearchLog(WorkSearchTerms.ENGLISH, Map.of());

        public WorkSearchLog {
            communities = Map.copyOf(communities);
        }

        /** The words of this community ({@code platform:id}). */
        public WorkSearchTerms of(final String community) {
            return communities.getOrDefault(community, everyone);
        }

        /** One line for check-config, when any word is renamed. */
        Optional<String> describe() {
            if (everyone.equals(WorkSearchTerms.ENGLISH) && communities.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("work-search log: columns " + String.join(",", everyone.header())
                    + (communities.isEmpty() ? "" : "; " + communities.size() + " community(ies) with their own words: "
                    + String.join(", ", new java.util.TreeSet<>(communities.keySet()))));
        }
    }

    /** Lines that say what {@code run} would start, never a secret. */
    public List<String> describe() {
        final List<String> lines = new ArrayList<>();
        lines.add("database: " + (database.isPostgres() ? "PostgreSQL " : "SQLite ") + database.describe());
        lines.add("defaults: zone " + defaults.zone() + ", country " + defaults.country() + ", nudges at "
                + defaults.nudgeHour() + ", quiet " + defaults.quietStart() + "-" + defaults.quietEnd()
                + ", cadence " + defaults.cadence().key());
        if (!closures.closed().isEmpty() || !closures.ignored().isEmpty()) {
            lines.add("holidays: " + closures.closed().size() + " community closure(s), "
                    + closures.ignored().size() + " public holiday(s) ignored");
        }
        lines.add(retention.describe());
        workSearchLog.describe().ifPresent(lines::add);
        final Encryption keys = database.encryption();
        lines.add(keys.on() ? "encryption at rest: on: member data is sealed per field (FOLLOWUP_ENCRYPTION_KEY is set"
                + (keys.oldKeys().isEmpty() ? "" : ", " + keys.oldKeys().size() + " old key(s) still read") + ")"
                : "encryption at rest: off: member data is stored in the clear (set FOLLOWUP_ENCRYPTION_KEY to seal it)");
        if (slack.enabled()) {
            lines.add("slack: " + (slack.socketMode() ? "Socket Mode" : "HTTP on port " + web.port() + " at /slack/events")
                    + (slack.oauth() ? ", many workspaces through OAuth" : ", one workspace")
                    + ", Web API " + slack.apiUrl());
        } else {
            lines.add("slack: off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to connect)");
        }
        if (discord.enabled()) {
            lines.add("discord: on" + discord.apiUrl().map(url -> ", REST " + url).orElse("")
                    + discord.gatewayUrl().map(url -> ", gateway " + url).orElse(""));
        } else {
            lines.add("discord: off (set DISCORD_TOKEN to connect)");
        }
        if (!slack.enabled() && !discord.enabled()) {
            lines.add("web chat: http://" + web.bind() + ":" + web.port() + "/ (no chat platform is configured)");
        }
        return lines;
    }
}
