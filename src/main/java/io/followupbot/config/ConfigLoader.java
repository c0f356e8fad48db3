package io.followupbot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.followupbot.interview.MemberSettings;
import io.followupbot.policy.Reading;
import java.util.function.Function;
import io.followupbot.policy.SettingValues;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code bot-config.yml}, substitutes the environment, and validates every value. A problem fails
 * fast with a {@link ConfigException} that names the key, the bad value and what is allowed; a missing
 * optional section takes the default written next to it in {@link #load}.
 */
public final class ConfigLoader {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(m|min|h|d)");
    private final Map<String, String> environment;
    private final EnvironmentSubstitution substitution;

    /**
     */
    public ConfigLoader(final Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.substitution = new EnvironmentSubstitution(environment);
    }

    public BotConfig load(final Path file) {
        final String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (final NoSuchFileException missing) {
            throw new ConfigException("no such file; run from the project folder or pass --config <file>");
        } catch (final IOException failure) {
            throw new ConfigException("cannot be read (" + failure.getClass().getSimpleName() + ")");
        }
        return parse(text, file.toString());
    }

    public BotConfig parse(final String yaml, final String sourceName) {
        final JsonNode root;
        try {
            final JsonNode parsed = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            root = parsed == null || parsed.isMissingNode() || parsed.isNull()
                    ? new ObjectMapper().createObjectNode() : parsed;
        } catch (final JacksonException invalid) {
            final String where = invalid.getLocation() == null ? ""
                    : " at line " + invalid.getLocation().getLineNr();
            throw new ConfigException(sourceName + ": is not valid YAML" + where
                    + " (check the indentation and the quotes there)");
        }
        if (!root.isObject()) {
            throw new ConfigException(sourceName + ": must be a map of sections (database:, defaults:, ...)");
        }
        KnownKeys.check(root, "");
        final ConfigSection section = new ConfigSection(root, substitution);
        final BotConfig config = new BotConfig(
                database(section.child("database")).withEncryption(Encryption.from(environment)), defaults(section.child("defaults")),
                conversation(section.child("conversation")), drafts(section.child("drafts")),
                web(section.child("web")), slack(section.child("slack")), discord(section.child("discord")),
                ClosuresConfig.read(root.get("holidays")), PrivacyConfig.privacy(section.child("privacy")),
                PrivacyConfig.retention(section.child("retention"), environment),
                WorkSearchLogConfig.read(section.child("work-search-log")));
        PlatformChecks.check(config);
        return config;
    }

    private BotConfig.Database database(final ConfigSection database) {
        final String fromEnvironment = environment.getOrDefault("DATABASE_URL", "");
        if (!fromEnvironment.isBlank()) {
            return fromDatabaseUrl(fromEnvironment.strip());
        }
        final String url = database.text("url", "jdbc:sqlite:data/followup.db");
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            return fromDatabaseUrl(url);
        }
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw ConfigException.badValue("database.url", url,
                    "use jdbc:sqlite:<file>, jdbc:postgresql://host/db or postgres://user:pass@host:port/db");
        }
        return new BotConfig.Database(url, database.text("user", ""), Secret.of(database.text("password", "")));
    }

    /** Turns the usual {@code postgres://user:pass@host:port/db} form into a JDBC URL and credentials. */
    static BotConfig.Database fromDatabaseUrl(final String value) {
        final URI uri;
        try {
            uri = new URI(value);
        } catch (final URISyntaxException malformed) {
            throw new ConfigException("DATABASE_URL: is not a valid URL; expected postgres://user:pass@host:port/db");
        }
        final String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (value.startsWith("jdbc:")) {
            return new BotConfig.Database(value, "", Secret.none());
        }
        if (!scheme.equals("postgres") && !scheme.equals("postgresql") || uri.getHost() == null
                || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new ConfigException("DATABASE_URL: expected postgres://user:pass@host:port/db (scheme "
                    + scheme + " is not supported)");
        }
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            final String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        final int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        final String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new BotConfig.Database("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + query,
                user, Secret.of(password));
    }

    private BotConfig.Defaults defaults(final ConfigSection defaults) {
        final ConfigSection quiet = defaults.child("quiet-hours");
        return new BotConfig.Defaults(
                read(defaults, "time-zone", "UTC", SettingValues::zone),
                read(defaults, "country", "US", SettingValues::place),
                read(defaults, "nudge-hour", "09:00", SettingValues::timeOfDay),
                read(quiet, "start", "21:00", SettingValues::timeOfDay),
                read(quiet, "end", "08:00", SettingValues::timeOfDay),
                read(defaults, "cadence", "standard", SettingValues::cadence),
                read(defaults, "application-silence-days", String.valueOf(MemberSettings.DEFAULT_APPLICATION_SILENCE_DAYS),
                        SettingValues::applicationSilence));
    }

    /** A default read as a member's setting of it is, refused in the same words. */
    private static <T> T read(final ConfigSection section, final String name, final String fallback,
                              final Function<String, Reading<T>> reader) {
        final Reading<T> reading = reader.apply(section.text(name, fallback));
        return reading.value().orElseThrow(() -> new ConfigException(section.key(name) + ": " + reading.refusal()));
    }

    private BotConfig.Conversation conversation(final ConfigSection conversation) {
        final String expiry = conversation.text("intake-expiry", "7d");
        final var matcher = DURATION.matcher(expiry.strip());
        if (!matcher.matches()) {
            throw ConfigException.badValue("conversation.intake-expiry", expiry,
                    "write a number and a unit: 90m, 12h or 7d");
        }
        final long amount = Long.parseLong(matcher.group(1));
        final Duration duration = switch (matcher.group(2)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
        if (duration.compareTo(Duration.ofMinutes(5)) < 0) {
            throw ConfigException.badValue("conversation.intake-expiry", expiry, "use at least 5m");
        }
        return new BotConfig.Conversation(duration,
                conversation.integer("conversation.max-answer-length", "max-answer-length", 2000, 100, 20_000),
                conversation.integer("conversation.cache-size", "cache-size", 10_000, 10, 1_000_000));
    }

    private BotConfig.Drafts drafts(final ConfigSection drafts) {
        final String dir = drafts.text("override-dir", "");
        if (dir.isBlank()) {
            return new BotConfig.Drafts(Optional.empty());
        }
        final Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw ConfigException.badValue("drafts.override-dir", dir, "give a folder that exists, or leave it empty");
        }
        return new BotConfig.Drafts(Optional.of(path));
    }

    private BotConfig.Web web(final ConfigSection web) {
        final String bind = web.text("bind", "127.0.0.1");
        if (bind.isBlank() || bind.contains(" ")) {
            throw ConfigException.badValue("web.bind", bind, "use an address such as 127.0.0.1 or 0.0.0.0");
        }
        final String open = web.text("public", "false").strip().toLowerCase(Locale.ROOT);
        if (!open.equals("true") && !open.equals("false")) {
            throw ConfigException.badValue("web.public", open, "use true or false");
        }
        final Secret token = Secret.of(web.text("access-token", ""));
        if (open.equals("true") && !token.isSet()) {
            throw new ConfigException("web.public is true but web.access-token (WEB_ACCESS_TOKEN) is missing: a "
                    + "public web chat needs an access token");
        }
        if (token.isSet() && token.reveal().length() < 16) {
            throw new ConfigException("web.access-token (WEB_ACCESS_TOKEN) is too short: use at least 16 characters");
        }
        return new BotConfig.Web(bind, web.integer("web.port", "port", 8080, 0, 65_535), open.equals("true"), token);
    }

    private BotConfig.Slack slack(final ConfigSection slack) {
        return new BotConfig.Slack(Secret.of(slack.text("bot-token", "")),
                Secret.of(slack.text("signing-secret", "")), Secret.of(slack.text("app-token", "")),
                slack.text("client-id", ""), Secret.of(slack.text("client-secret", "")),
                slack.url("slack.api-url", "api-url", "https://slack.com/api/").orElseThrow(),
                Secret.of(slack.text("token-encryption-key", "")));
    }

    private BotConfig.Discord discord(final ConfigSection discord) {
        return new BotConfig.Discord(Secret.of(discord.text("token", "")),
                discord.url("discord.api-url", "api-url", ""), discord.url("discord.gateway-url", "gateway-url", ""),
                discord.text("test-guild", ""));
    }
}
