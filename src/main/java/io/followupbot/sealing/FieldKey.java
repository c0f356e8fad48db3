package io.followupbot.sealing;

import io.followupbot.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key for member data and its key id, both derived from a passphrase: SHA-256 of the passphrase (as
 * the Slack token seal does), then HMAC-SHA256 of two fixed labels, so that the field key, its id and the token key
 * are three unrelated values. The id (8 hex digits) names the key in every value it seals and in the database's
 * list of keys in use; it says nothing about the key.
 */
public final class FieldKey {

    private final String id;
    private final SecretKeySpec key;

    private FieldKey(final String id, final SecretKeySpec key) {
        this.id = id;
        this.key = key;
    }

    public static FieldKey derive(final Secret passphrase) {
        if (!passphrase.isSet()) {
            throw new IllegalArgumentException("no key to derive from");
        }
        try {
            final byte[] root = MessageDigest.getInstance("SHA-256")
                    .digest(passphrase.reveal().getBytes(StandardCharsets.UTF_8));
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(root, "HmacSHA256"));
            final byte[] fieldKey = mac.doFinal("followup-bot member fields v1".getBytes(StandardCharsets.UTF_8));
            final byte[] keyId = mac.doFinal("followup-bot key id v1".getBytes(StandardCharsets.UTF_8));
            return new FieldKey(HexFormat.of().formatHex(keyId, 0, 4), new SecretKeySpec(fieldKey, "AES"));
        } catch (final GeneralSecurityException impossible) {
            throw new IllegalStateException("the JDK lacks SHA-256 or HMAC-SHA256: "
                    + impossible.getClass().getSimpleName());
        }
    }

    public String id() {
        return id;
    }

    SecretKeySpec key() {
        return key;
    }

    @Override
    public String toString() {
        return "key " + id;
    }
}
