package io.followupbot.config;

import java.util.Objects;

/**
 * A credential read from the environment. Its {@link #toString()} never shows the value, so a secret
 * that slips into a log line, an exception message or a record's toString stays hidden.
 */
public final class Secret {

    private static final Secret NONE = new Secret("");

    private final String value;

    private Secret(final String value) {
        this.value = value;
    }

    public static Secret of(final String value) {
        return value == null || value.isBlank() ? NONE : new Secret(value.strip());
    }

    public static Secret none() {
        return NONE;
    }

    public boolean isSet() {
        return !value.isEmpty();
    }

    /** The raw value, for the one place that hands it to a platform client. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return isSet() ? "****" : "(not set)";
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
