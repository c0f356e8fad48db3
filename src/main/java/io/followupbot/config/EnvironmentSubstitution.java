package io.followupbot.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in a configuration value with the environment's
 * value. It works on parsed values, never on the raw file, so an environment value cannot inject YAML.
 */
final class EnvironmentSubstitution {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> environment;

    EnvironmentSubstitution(final Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    String apply(final String key, final String value) {
        final Matcher matcher = REFERENCE.matcher(value);
        final StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            final String name = matcher.group(1);
            final String fallback = matcher.group(2);
            final String found = environment.get(name);
            final String replacement;
            if (found != null && !found.isEmpty()) {
                replacement = found;
            } else if (fallback != null) {
                replacement = fallback;
            } else {
                throw new ConfigException(key + ": the environment variable " + name
                        + " is not set; set it, or write ${" + name + ":-default} to give a default");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
