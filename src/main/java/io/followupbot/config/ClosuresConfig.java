package io.followupbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.policy.calendar.Closures;
import io.followupbot.policy.calendar.DateRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code holidays:} section of bot-config.yml: the community's extra days off ({@code closed:},
 * each {@code days} and {@code name}) and the public holidays it works on ({@code ignore:}, a list of days).
 */
final class ClosuresConfig {

    private ClosuresConfig() {
    }

    static Closures read(final JsonNode section) {
        if (section == null || section.isNull()) {
            return Closures.NONE;
        }
        final List<Closures.Closed> closed = new ArrayList<>();
        int index = 0;
        for (final JsonNode entry : list(section.get("closed"), "holidays.closed")) {
            final String where = "holidays.closed[" + index++ + "]";
            if (!entry.isObject() || !entry.path("days").isValueNode()) {
                throw new ConfigException(where + ": write each closure as {days: \"12-24\", name: \"Christmas Eve\"}");
            }
            final String name = entry.path("name").asText("").strip();
            closed.add(new Closures.Closed(rule(entry.get("days").asText(), where + ".days"),
                    name.isEmpty() ? "Community closure" : name));
        }
        final List<DateRule> ignored = new ArrayList<>();
        index = 0;
        for (final JsonNode entry : list(section.get("ignore"), "holidays.ignore")) {
            final String where = "holidays.ignore[" + index++ + "]";
            if (!entry.isValueNode()) {
                throw new ConfigException(where + ": write a day, such as 2026-11-11 or 11-11");
            }
            ignored.add(rule(entry.asText(), where));
        }
        return new Closures(closed, ignored);
    }

    private static Iterable<JsonNode> list(final JsonNode node, final String key) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ConfigException(key + ": must be a list (one \"- \" line per entry)");
        }
        return node;
    }

    private static DateRule rule(final String text, final String key) {
        return DateRule.parse(text).orElseThrow(() -> ConfigException.badValue(key, text, DateRule.HOW_TO_WRITE));
    }
}
