package io.followupbot.sealing;

import io.followupbot.config.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals stored Slack bot tokens with AES-GCM under a key derived (SHA-256) from {@code FOLLOWUP_ENCRYPTION_KEY}, as
 * {@code aesgcm:<base64 of nonce and sealed token>}; without a key, tokens are stored as {@code plain:<token>}. A
 * sealed token opens with the current key or one of {@code FOLLOWUP_ENCRYPTION_OLD_KEYS}, until {@code reseal}
 * has sealed it under the current one.
 */
public final class TokenSeal {

    private static final String PLAIN = "plain:";
    private static final String SEALED = "aesgcm:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Optional<SecretKeySpec> current;
    /** The current key first, then the old ones. */
    private final List<SecretKeySpec> keys = new ArrayList<>();

    public TokenSeal(final Secret passphrase, final List<Secret> oldPassphrases) {
        this.current = passphrase.isSet() ? Optional.of(key(passphrase)) : Optional.empty();
        current.ifPresent(keys::add);
        oldPassphrases.stream().filter(Secret::isSet).map(TokenSeal::key).forEach(keys::add);
    }

    public String seal(final String token) {
        if (current.isEmpty()) {
            return PLAIN + token;
        }
        try {
            final byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.get(), new GCMParameterSpec(TAG_BITS, iv));
            final byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (final GeneralSecurityException failure) {
            throw new SealingException("could not encrypt a token: " + failure.getClass().getSimpleName());
        }
    }

    public String open(final String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED) || keys.isEmpty()) {
            throw new SealingException("a stored Slack token is encrypted: set FOLLOWUP_ENCRYPTION_KEY to the key "
                    + "it was stored with");
        }
        for (final SecretKeySpec key : keys) {
            final Optional<String> opened = open(stored, key);
            if (opened.isPresent()) {
                return opened.get();
            }
        }
        throw new SealingException("a stored Slack token could not be decrypted with FOLLOWUP_ENCRYPTION_KEY "
                + "(a different key?)");
    }

    /** Whether the token is stored as this seal writes it: under the current key, or plain without one. */
    public boolean isCurrent(final String stored) {
        return current.map(key -> stored.startsWith(SEALED) && open(stored, key).isPresent())
                .orElse(stored.startsWith(PLAIN));
    }

    private static Optional<String> open(final String stored, final SecretKeySpec key) {
        try {
            final byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (final GeneralSecurityException | IllegalArgumentException failure) {
            return Optional.empty();
        }
    }

    private static SecretKeySpec key(final Secret passphrase) {
        try {
            return new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                    .digest(passphrase.reveal().getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (final GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
