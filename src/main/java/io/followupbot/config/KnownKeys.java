package io.followupbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.interview.WorkSearchTerms;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The sections and keys {@code bot-config.yml} may hold: any other is refused by name, with what is allowed. */
final class KnownKeys {

    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("", Set.of("database", "defaults", "conversation", "drafts", "web", "slack", "discord", "holidays",
                    "privacy", "retention", "work-search-log")),
            Map.entry("work-search-log", Set.of("columns", "activities", "results", "communities")),
            Map.entry("work-search-log.community", Set.of("columns", "activities", "results")),
            Map.entry("work-search-log.columns", keys(WorkSearchTerms.Column.values())),
            Map.entry("work-search-log.activities", keys(WorkSearchTerms.activityWords()
                    .toArray(WorkSearchTerms.Named[]::new))),
            Map.entry("work-search-log.results", keys(WorkSearchTerms.Result.values())),
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

    /**
     * A community's own section, {@code work-search-log.communities.<platform:id>}, is checked as its kind; its name is
     * checked where it is read ({@link WorkSearchLogConfig}).
     */
    private static final String COMMUNITIES = "work-search-log.communities.";

    private KnownKeys() {
    }

    private static Set<String> keys(final WorkSearchTerms.Named... words) {
        return Set.copyOf(Arrays.stream(words).map(WorkSearchTerms.Named::key).toList());
    }

    /** The entry a path is checked against: a community's section as {@code work-search-log.community}. */
    private static String kind(final String path) {
        if (!path.startsWith(COMMUNITIES)) {
            return path;
        }
        final String[] rest = path.substring(COMMUNITIES.length()).split("\\.", 2);
        return rest.length == 1 ? "work-search-log.community" : "work-search-log." + rest[1];
    }

    static void check(final JsonNode node, final String path) {
        final boolean communities = path.equals("work-search-log.communities");
        final Set<String> known = communities ? Set.of() : KEYS.get(kind(path));
        if (known == null || !node.isObject()) {
            return;
        }
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            final String name = names.next();
            final String key = path.isEmpty() ? name : path + "." + name;
            if (!communities && !known.contains(name)) {
                throw new ConfigException(key + ": is not a setting followup-bot knows; "
                        + (path.isEmpty() ? "sections are " : "keys here are ") + String.join(", ", known.stream().sorted().toList()));
            }
            final JsonNode child = node.get(name);
            if (KEYS.containsKey(kind(key)) && !child.isObject() && !child.isNull()) {
                throw new ConfigException(key + ": must be a section with keys " + String.join(", ",
                        KEYS.get(kind(key)).stream().sorted().toList()));
            }
            check(child, key);
        }
    }
}
