package io.followupbot.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The keys that seal member data at rest, read from the environment only (never from a file): the current one,
 * {@code FOLLOWUP_ENCRYPTION_KEY}, and the earlier ones still needed to read what they sealed,
 * {@code FOLLOWUP_ENCRYPTION_OLD_KEYS} (comma-separated) until {@code reseal} has moved everything to the
 * current key. Its {@code toString} shows no key.
 */
public record Encryption(Secret key, List<Secret> oldKeys) {

    public static final String KEY = "FOLLOWUP_ENCRYPTION_KEY";
    public static final String OLD_KEYS = "FOLLOWUP_ENCRYPTION_OLD_KEYS";
    /** No key: member data is stored in the clear. */
    public static final Encryption OFF = new Encryption(Secret.none(), List.of());

    public Encryption {
        oldKeys = List.copyOf(oldKeys);
    }

    public static Encryption from(final Map<String, String> environment) {
        final List<Secret> old = Arrays.stream(environment.getOrDefault(OLD_KEYS, "").split(","))
                .map(Secret::of).filter(Secret::isSet).toList();
        return new Encryption(Secret.of(environment.get(KEY)), old);
    }

    /**
     * The key of stored Slack bot tokens: this key when set, else {@code slack.token-encryption-key} of
     * {@code bot-config.yml} (which reads the same variable unless the file says otherwise).
     */
    public Secret tokenKey(final Secret configured) {
        return on() ? key : configured;
    }

    /** Whether member data is sealed when written. */
    public boolean on() {
        return key.isSet();
    }
}
