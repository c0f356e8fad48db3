package io.followupbot.interview;

import java.util.Locale;
import java.util.Optional;

/**
 * The snake-case keys of enum constants, as JSON, template files, commands and button payloads write them
 * ({@code thank_you}), and the constant a typed key names.
 */
public final class EnumKeys {

    private EnumKeys() {
    }

    /** The constant's name in lower case: {@code THANK_YOU} is {@code thank_you}. */
    public static String key(final Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} that {@code key} names, in any case, with hyphens or spaces for underscores. */
    public static <E extends Enum<E>> Optional<E> fromKey(final Class<E> type, final String key) {
        if (key == null) {
            return Optional.empty();
        }
        final String normalised = key.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (final E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
