package io.followupbot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.followupbot.interview.Cadence;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code bot-config.yml}, substitutes the environment, and validates every value. A problem fails
 * fast with a {@link ConfigException} that names the key, the bad value and what is allowed; a missing
 * optional section takes the default written next to it in {@link #load}.
 */
public final class ConfigLoader {

    private static final Pattern HH_MM = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(m|min|h|d)");
    private static final Map<String, Set<String>> KNOWN_KEYS = Map.of(
            "", Set.of("database", "defaults", "conversation", "drafts", "web", "slack", "discord", "holidays"),
            "holidays", Set.of("closed", "ignore"),
            "database", Set.of("url", "user", "password"),
            "defaults", Set.of("time-zone", "country", "nudge-hour", "quiet-hours", "cadence"),
            "defaults.quiet-hours", Set.of("start", "end"),
            "conversation", Set.of("intake-expiry", "max-answer-length", "cache-size"),
            "drafts", Set.of("override-dir"),
            "web", Set.of("bind", "port", "public", "access-token"),
            "slack", Set.of("bot-token", "signing-secret", "app-token", "client-id", "client-secret", "api-url",
                    "token-encryption-key"),
            "discord", Set.of("token", "api-url", "gateway-url", "test-guild"));

    private final Map<String, String> environment;
    private final Predicate<String> countrySupported;
    private final EnvironmentSubstitution substitution;

    /**
     * @param countrySupported whether public holidays are known for an ISO country or region code (GB, GB-SCT)
     */
    public ConfigLoader(final Map<String, String> environment, final Predicate<String> countrySupported) {
        this.environment = Map.copyOf(environment);
        this.countrySupported = countrySupported;
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
        rejectUnknownKeys(root, "");
        final Section section = new Section(root);
        final BotConfig config = new BotConfig(database(section.child("database")), defaults(section.child("defaults")),
                conversation(section.child("conversation")), drafts(section.child("drafts")),
                web(section.child("web")), slack(section.child("slack")), discord(section.child("discord")),
                ClosuresConfig.read(root.get("holidays")));
        PlatformChecks.check(config);
        return config;
    }

    private BotConfig.Database database(final Section database) {
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

    private BotConfig.Defaults defaults(final Section defaults) {
        final String zoneText = defaults.text("time-zone", "UTC");
        final ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (final DateTimeException unknown) {
            throw ConfigException.badValue("defaults.time-zone", zoneText,
                    "use a region name such as America/New_York, Europe/London or UTC");
        }
        final String country = defaults.text("country", "US").strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?") || !countrySupported.test(country)) {
            throw ConfigException.badValue("defaults.country", country, "use a country or region whose public holidays"
                    + " are known: a two-letter code such as US, GB or DE, or a region such as GB-SCT, DE-BY or CA-ON");
        }
        final Section quiet = defaults.child("quiet-hours");
        final String cadence = defaults.text("cadence", "standard");
        return new BotConfig.Defaults(zone, country, time(defaults, "defaults.nudge-hour", "nudge-hour", "09:00"),
                time(quiet, "defaults.quiet-hours.start", "start", "21:00"),
                time(quiet, "defaults.quiet-hours.end", "end", "08:00"),
                Cadence.parse(cadence).orElseThrow(() -> ConfigException.badValue("defaults.cadence", cadence,
                        "use one of " + Arrays.stream(Cadence.values()).map(Cadence::key)
                                .collect(Collectors.joining(", ")))));
    }

    private BotConfig.Conversation conversation(final Section conversation) {
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
                integer(conversation, "conversation.max-answer-length", "max-answer-length", 2000, 100, 20_000),
                integer(conversation, "conversation.cache-size", "cache-size", 10_000, 10, 1_000_000));
    }

    private BotConfig.Drafts drafts(final Section drafts) {
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

    private BotConfig.Web web(final Section web) {
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
        return new BotConfig.Web(bind, integer(web, "web.port", "port", 8080, 0, 65_535), open.equals("true"), token);
    }

    private BotConfig.Slack slack(final Section slack) {
        return new BotConfig.Slack(Secret.of(slack.text("bot-token", "")),
                Secret.of(slack.text("signing-secret", "")), Secret.of(slack.text("app-token", "")),
                slack.text("client-id", ""), Secret.of(slack.text("client-secret", "")),
                url(slack, "slack.api-url", "api-url", "https://slack.com/api/").orElseThrow(),
                Secret.of(slack.text("token-encryption-key", "")));
    }

    private BotConfig.Discord discord(final Section discord) {
        return new BotConfig.Discord(Secret.of(discord.text("token", "")),
                url(discord, "discord.api-url", "api-url", ""), url(discord, "discord.gateway-url", "gateway-url", ""),
                discord.text("test-guild", ""));
    }

    private static Optional<URI> url(final Section section, final String key, final String name, final String fallback) {
        final String value = section.text(name, fallback);
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            final URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(value, "no scheme or host");
            }
            return Optional.of(uri);
        } catch (final URISyntaxException malformed) {
            throw ConfigException.badValue(key, value, "give a full URL such as https://example.com/api/");
        }
    }

    private static LocalTime time(final Section section, final String key, final String name, final String fallback) {
        final String value = section.text(name, fallback);
        if (!HH_MM.matcher(value).matches()) {
            throw ConfigException.badValue(key, value, "write a time of day as HH:MM, for example 09:00");
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (final DateTimeParseException impossible) {
            throw ConfigException.badValue(key, value, "write a time of day as HH:MM, for example 09:00");
        }
    }

    private static int integer(final Section section, final String key, final String name, final int fallback,
                               final int min, final int max) {
        final String value = section.text(name, Integer.toString(fallback));
        try {
            final int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw ConfigException.badValue(key, value, "use a whole number from " + min + " to " + max);
            }
            return number;
        } catch (final NumberFormatException notANumber) {
            throw ConfigException.badValue(key, value, "use a whole number from " + min + " to " + max);
        }
    }

    private static void rejectUnknownKeys(final JsonNode node, final String path) {
        final Set<String> known = KNOWN_KEYS.get(path);
        if (known == null || !node.isObject()) {
            return;
        }
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            final String name = names.next();
            final String key = path.isEmpty() ? name : path + "." + name;
            if (!known.contains(name)) {
                throw new ConfigException(key + ": is not a setting followup-bot knows; "
                        + (path.isEmpty() ? "sections are " : "keys here are ") + String.join(", ", known.stream().sorted().toList()));
            }
            final JsonNode child = node.get(name);
            if (KNOWN_KEYS.containsKey(key) && !child.isObject() && !child.isNull()) {
                throw new ConfigException(key + ": must be a section with keys " + String.join(", ",
                        KNOWN_KEYS.get(key).stream().sorted().toList()));
            }
            rejectUnknownKeys(child, key);
        }
    }

    /** One map of the file, with environment substitution on every scalar read from it. */
    private final class Section {
        private final JsonNode node;
        private final String path;

        Section(final JsonNode node) {
            this(node, "");
        }

        private Section(final JsonNode node, final String path) {
            this.node = node;
            this.path = path;
        }

        Section child(final String name) {
            final JsonNode child = node == null ? null : node.get(name);
            return new Section(child == null || child.isNull() ? null : child, path.isEmpty() ? name : path + "." + name);
        }

        String text(final String name, final String fallback) {
            final JsonNode value = node == null ? null : node.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isValueNode()) {
                throw new ConfigException(path + "." + name + ": must be a single value, not a list or a section");
            }
            return substitution.apply(path + "." + name, value.asText());
        }
    }
}
