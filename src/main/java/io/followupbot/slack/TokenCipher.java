package io.followupbot.slack;

import io.followupbot.config.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals stored bot tokens with AES-GCM under a key derived (SHA-256) from {@code FOLLOWUP_ENCRYPTION_KEY};
 * without a key, tokens are stored as they are, marked so. A sealed token without the key cannot be read.
 */
final class TokenCipher {

    private static final String PLAIN = "plain:";
    private static final String SEALED = "aesgcm:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    TokenCipher(final Secret passphrase) {
        this.key = passphrase.isSet() ? new SecretKeySpec(sha256(passphrase.reveal()), "AES") : null;
    }

    String seal(final String token) {
        if (key == null) {
            return PLAIN + token;
        }
        try {
            final byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            final byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (final GeneralSecurityException failure) {
            throw new IllegalStateException("could not encrypt a token: " + failure.getClass().getSimpleName());
        }
    }

    String open(final String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED) || key == null) {
            throw new IllegalStateException("a stored Slack token is encrypted: set FOLLOWUP_ENCRYPTION_KEY to the key "
                    + "it was stored with");
        }
        try {
            final byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (final GeneralSecurityException | IllegalArgumentException failure) {
            throw new IllegalStateException("a stored Slack token could not be decrypted with FOLLOWUP_ENCRYPTION_KEY "
                    + "(a different key?)");
        }
    }

    private static byte[] sha256(final String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (final GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
