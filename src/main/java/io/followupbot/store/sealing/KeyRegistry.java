package io.followupbot.store.sealing;

import io.followupbot.config.Encryption;
import io.followupbot.sealing.FieldCipher;
import io.followupbot.sealing.SealingException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The ids of the keys that member data in the database is sealed under ({@code sealing_keys}): a key is recorded
 * before anything is sealed under it and retired once {@code reseal} has moved everything to another. Start-up
 * refuses, before it reads or writes anything else, when a key in use is missing, so a wrong or missing key never
 * gives garbage, and the message names key ids and variables, never a key.
 */
public final class KeyRegistry {

    private KeyRegistry() {
    }

    /** Checks that the cipher opens every key in use, then records its current key as in use. */
    public static void check(final Jdbi jdbi, final FieldCipher cipher) {
        final List<String> inUse = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT key_id FROM sealing_keys WHERE retired = 0 ORDER BY key_id").mapTo(String.class).list());
        final List<String> missing = inUse.stream().filter(id -> !cipher.keyIds().contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new SealingException(refusal(cipher, missing));
        }
        cipher.keyId().ifPresent(id -> jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO sealing_keys (key_id, retired) VALUES (:id, 0) "
                                + "ON CONFLICT (key_id) DO UPDATE SET retired = 0")
                .bind("id", id).execute()));
    }

    /** After a complete reseal: no key but the current one (none without a key) is needed any more. */
    public static void retireAllBut(final Jdbi jdbi, final Optional<String> current) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE sealing_keys SET retired = 1 WHERE key_id <> :current")
                .bind("current", current.orElse("")).execute());
    }

    /** The ids of the keys member data is sealed under. */
    public static List<String> inUse(final Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery(
                "SELECT key_id FROM sealing_keys WHERE retired = 0 ORDER BY key_id").mapTo(String.class).list());
    }

    private static String refusal(final FieldCipher cipher, final List<String> missing) {
        final String ids = String.join(", ", missing);
        if (cipher.keyIds().isEmpty()) {
            return "member data in the database is sealed under key id " + ids + ", but " + Encryption.KEY
                    + " is not set: set it to the key the data was sealed with";
        }
        return "member data in the database is sealed under key id " + ids + ", and " + Encryption.KEY
                + cipher.keyId().map(id -> " (key id " + id + ")").orElse("") + " is not that key: set "
                + Encryption.KEY + " to the key the data was sealed with, or keep the new key, give the old one in "
                + Encryption.OLD_KEYS + " and run reseal";
    }
}
