package io.followupbot.config;

/** A configuration problem, explained in one line a newcomer understands. Never carries a secret. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(final String message) {
        super(message);
    }

    public static ConfigException badValue(final String key, final String value, final String allowed) {
        return new ConfigException(key + ": '" + value + "' is not valid; " + allowed);
    }
}
