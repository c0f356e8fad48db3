package io.followupbot.sealing;

import io.followupbot.config.Encryption;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one field of one row with AES-256-GCM: a fresh 96-bit nonce per value, and the table, the column and the
 * row's key as associated data, so that a sealed value copied into another row or column no longer opens.
 *
 * <p>A sealed value reads {@code \u001Fsealed:<key id>:<base64 of nonce, ciphertext and tag>}. The mark starts
 * with a control character, which no text a member typed can hold (input is cleaned of them) and which the bot's
 * JSON escapes, so a value without it is a value written in the clear (before a key was set) and is read as it
 * is. Without a current key, values are written in the clear; sealed ones are still read with the old keys.
 */
public final class FieldCipher {

    static final String MARK = "\u001Fsealed:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final FieldCipher OFF = new FieldCipher(Optional.empty(), Map.of());

    private final Optional<FieldKey> current;
    /** Every key this cipher can open with, the current one included, by id. */
    private final Map<String, FieldKey> keys;
    private final String currentMark;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldCipher::newCipher);

    private FieldCipher(final Optional<FieldKey> current, final Map<String, FieldKey> keys) {
        this.current = current;
        this.keys = Map.copyOf(keys);
        this.currentMark = current.map(key -> MARK + key.id() + ":").orElse("");
    }

    /** Writes in the clear and reads only values written in the clear. */
    public static FieldCipher off() {
        return OFF;
    }

    public static FieldCipher of(final Encryption encryption) {
        if (!encryption.on() && encryption.oldKeys().isEmpty()) {
            return OFF;
        }
        final Optional<FieldKey> current = encryption.on() ? Optional.of(FieldKey.derive(encryption.key()))
                : Optional.empty();
        final Map<String, FieldKey> keys = new LinkedHashMap<>();
        current.ifPresent(key -> keys.put(key.id(), key));
        encryption.oldKeys().stream().map(FieldKey::derive).forEach(key -> keys.putIfAbsent(key.id(), key));
        return new FieldCipher(current, keys);
    }

    /** Whether new values are sealed. */
    public boolean on() {
        return current.isPresent();
    }

    /** The id of the key new values are sealed under. */
    public Optional<String> keyId() {
        return current.map(FieldKey::id);
    }

    /** The ids of every key this cipher opens with. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** The value as stored: sealed under the current key, or as it is without one (null and empty stay so). */
    public String seal(final String value, final FieldRef ref) {
        if (current.isEmpty() || value == null || value.isEmpty()) {
            return value;
        }
        try {
            final byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            final Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, current.get().key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ref.associatedData());
            final byte[] plain = value.getBytes(StandardCharsets.UTF_8);
            final ByteBuffer sealed = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length)).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain), sealed);
            return currentMark + Base64.getEncoder().encodeToString(sealed.array());
        } catch (final GeneralSecurityException failure) {
            throw new SealingException("could not seal " + ref + ": " + failure.getClass().getSimpleName());
        }
    }

    /** The value a stored one holds: opened when sealed, as it is when written in the clear. */
    public String open(final String stored, final FieldRef ref) {
        if (!isSealed(stored)) {
            return stored;
        }
        final int idEnd = stored.indexOf(':', MARK.length());
        final String id = idEnd < 0 ? "" : stored.substring(MARK.length(), idEnd);
        final FieldKey key = keys.get(id);
        if (key == null) {
            throw new SealingException(ref + " is sealed under key id " + id + ", which is neither "
                    + Encryption.KEY + " nor one of " + Encryption.OLD_KEYS);
        }
        try {
            final byte[] all = Base64.getDecoder().decode(stored.substring(idEnd + 1));
            final Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(ref.associatedData());
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (final AEADBadTagException failure) {
            throw new SealingException(ref + " does not open under key id " + id + ": it was changed, or copied "
                    + "from another row or column");
        } catch (final GeneralSecurityException | IllegalArgumentException failure) {
            throw new SealingException(ref + " is not a readable sealed value: " + failure.getClass().getSimpleName());
        }
    }

    /** Whether the stored value is as this cipher writes it: sealed under the current key, or in the clear without one. */
    public boolean isCurrent(final String stored) {
        if (stored == null || stored.isEmpty()) {
            return true;
        }
        return current.isPresent() ? stored.startsWith(currentMark) : !isSealed(stored);
    }

    public static boolean isSealed(final String stored) {
        return stored != null && stored.startsWith(MARK);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (final GeneralSecurityException impossible) {
            throw new IllegalStateException("the JDK lacks AES-GCM: " + impossible.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return current.map(key -> "sealing under " + key).orElse("not sealing") + ", opening " + keys.keySet();
    }
}
