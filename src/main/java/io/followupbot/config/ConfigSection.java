package io.followupbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * One map of {@code bot-config.yml}, with environment substitution on every scalar read from it, and the
 * readers of its values (a whole number in a range, a URL) that fail with the key's name.
 */
final class ConfigSection {


    private final JsonNode node;
    private final String path;
    private final EnvironmentSubstitution substitution;

    ConfigSection(final JsonNode node, final EnvironmentSubstitution substitution) {
        this(node, "", substitution);
    }

    private ConfigSection(final JsonNode node, final String path, final EnvironmentSubstitution substitution) {
        this.node = node;
        this.path = path;
        this.substitution = substitution;
    }

    ConfigSection child(final String name) {
        final JsonNode child = node == null ? null : node.get(name);
        return new ConfigSection(child == null || child.isNull() ? null : child,
                path.isEmpty() ? name : path + "." + name, substitution);
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

    Optional<URI> url(final String key, final String name, final String fallback) {
        final String value = text(name, fallback);
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

    /** The names of this section's keys, in the file's order; none when the section is missing. */
    java.util.List<String> names() {
        if (node == null) {
            return java.util.List.of();
        }
        if (!node.isObject()) {
            throw new ConfigException(path + ": must be a section (name: value lines), not a list or a single value");
        }
        final java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The full key of one of this section's values, as messages name it: {@code defaults.quiet-hours.start}. */
    String key(final String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    int integer(final String key, final String name, final int fallback, final int min, final int max) {
        final String value = text(name, Integer.toString(fallback));
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
}
