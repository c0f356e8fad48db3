package io.followupbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The sections and keys {@code bot-config.yml} may hold: any other is refused by name, with what is allowed. */
final class KnownKeys {

    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("", Set.of("database", "defaults", "conversation", "drafts", "web", "slack", "discord", "holidays",
                    "privacy", "retention")),
            Map.entry("privacy", Set.of("operator", "contact")),
            Map.entry("retention", Set.of("closed-days", "inactive-days")),
            Map.entry("holidays", Set.of("closed", "ignore")),
            Map.entry("database", Set.of("url", "user", "password")),
            Map.entry("defaults", Set.of("time-zone", "country", "nudge-hour", "quiet-hours", "cadence",
                    "application-silence-days")),
            Map.entry("defaults.quiet-hours", Set.of("start", "end")),
            Map.entry("conversation", Set.of("intake-expiry", "max-answer-length", "cache-size")),
            Map.entry("drafts", Set.of("override-dir")),
            Map.entry("web", Set.of("bind", "port", "public", "access-token")),
            Map.entry("slack", Set.of("bot-token", "signing-secret", "app-token", "client-id", "client-secret", "api-url",
                    "token-encryption-key")),
            Map.entry("discord", Set.of("token", "api-url", "gateway-url", "test-guild")));

    private KnownKeys() {
    }

    static void check(final JsonNode node, final String path) {
        final Set<String> known = KEYS.get(path);
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
            if (KEYS.containsKey(key) && !child.isObject() && !child.isNull()) {
                throw new ConfigException(key + ": must be a section with keys " + String.join(", ",
                        KEYS.get(key).stream().sorted().toList()));
            }
            check(child, key);
        }
    }
}
