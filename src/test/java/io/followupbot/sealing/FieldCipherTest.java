package io.followupbot.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.config.Encryption;
import io.followupbot.config.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class FieldCipherTest {

    private static final String KEY = "correct horse battery staple 2026";
    private static final String OTHER = "a different key, long enough too";
    private static final FieldRef COMPANY = FieldRef.of("interviews", "company", "i-1");

    /** The cipher under {@link #KEY}, with no older keys. */
    private final FieldCipher cipher = cipher(KEY);

    private static FieldCipher cipher(final String key, final String... old) {
        return FieldCipher.of(new Encryption(Secret.of(key), List.of(old).stream().map(Secret::of).toList()));
    }

    @Test
    @DisplayName("GIVEN a key WHEN a company is sealed THEN the stored value names the key id, holds no plain text, "
            + "differs each time and opens to the company")
    void sealsAndOpens() {
        // WHEN a company is sealed twice under KEY
        final String first = cipher.seal("Zebracorn Analytics", COMPANY);
        final String second = cipher.seal("Zebracorn Analytics", COMPANY);
        // THEN
        assertThat(first).startsWith("\u001Fsealed:" + cipher.keyId().orElseThrow() + ":")
                .doesNotContain("Zebracorn").isNotEqualTo(second);
        assertThat(cipher.open(first, COMPANY)).isEqualTo("Zebracorn Analytics");
        assertThat(cipher.open(second, COMPANY)).isEqualTo("Zebracorn Analytics");
    }

    @Test
    @DisplayName("GIVEN a passphrase THEN its key id is eight hex digits, the same on every derivation, and another "
            + "passphrase has another id")
    void keyIdsAreStable() {
        assertThat(cipher(KEY).keyId()).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{8}"));
        assertThat(cipher(KEY).keyId()).isEqualTo(cipher(KEY).keyId());
        assertThat(cipher(KEY).keyId()).isNotEqualTo(cipher(OTHER).keyId());
    }

    @Test
    @DisplayName("GIVEN a sealed company WHEN it is read as another row's company or as this row's role THEN it is "
            + "refused, naming the field and not the value")
    void boundToItsRowAndColumn() {
        // GIVEN a company sealed under KEY
        final String sealed = cipher.seal("Zebracorn Analytics", COMPANY);
        // WHEN / THEN
        assertThatThrownBy(() -> cipher.open(sealed, FieldRef.of("interviews", "company", "i-2")))
                .isInstanceOf(SealingException.class)
                .hasMessage("interviews.company of row i-2 does not open under key id " + cipher.keyId().orElseThrow()
                        + ": it was changed, or copied from another row or column");
        assertThatThrownBy(() -> cipher.open(sealed, FieldRef.of("interviews", "role", "i-1")))
                .isInstanceOf(SealingException.class).hasMessageNotContaining("Zebracorn");
    }

    @Test
    @DisplayName("GIVEN values written in the clear before a key was set WHEN read with a key THEN they read as they "
            + "are; null and empty stay so when sealed")
    void plainValuesStayReadable() {
        assertThat(cipher.open("Acme Analytics", COMPANY)).isEqualTo("Acme Analytics");
        assertThat(cipher.open("{\"step\":\"thank_you@Ana_Ruiz\"}", COMPANY)).isEqualTo("{\"step\":\"thank_you@Ana_Ruiz\"}");
        assertThat(cipher.seal(null, COMPANY)).isNull();
        assertThat(cipher.seal("", COMPANY)).isEmpty();
        assertThat(cipher.isCurrent("Acme Analytics")).isFalse();
        assertThat(FieldCipher.off().isCurrent("Acme Analytics")).isTrue();
    }

    @Test
    @DisplayName("GIVEN no key WHEN a value is written THEN it is stored as it is; a sealed one is refused with the "
            + "name of the environment variables, not garbage")
    void withoutAKey() {
        final String sealed = cipher(KEY).seal("Zebracorn Analytics", COMPANY);
        assertThat(FieldCipher.off().seal("Zebracorn Analytics", COMPANY)).isEqualTo("Zebracorn Analytics");
        assertThatThrownBy(() -> FieldCipher.off().open(sealed, COMPANY))
                .isInstanceOf(SealingException.class)
                .hasMessage("interviews.company of row i-1 is sealed under key id " + cipher(KEY).keyId().orElseThrow()
                        + ", which is neither FOLLOWUP_ENCRYPTION_KEY nor one of FOLLOWUP_ENCRYPTION_OLD_KEYS");
    }

    @Test
    @DisplayName("GIVEN a value sealed under an old key WHEN the new key has the old one beside it THEN it opens, is "
            + "not current, and sealing again puts it under the new key; the wrong key never shows in a message")
    void oldKeysStillOpen() {
        // GIVEN
        final String old = cipher(OTHER).seal("Quillon Vandermeer", COMPANY);
        final FieldCipher rotated = cipher(KEY, OTHER);
        // WHEN
        final String opened = rotated.open(old, COMPANY);
        final String resealed = rotated.seal(opened, COMPANY);
        // THEN
        assertThat(opened).isEqualTo("Quillon Vandermeer");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.isCurrent(resealed)).isTrue();
        assertThat(cipher(KEY).open(resealed, COMPANY)).isEqualTo("Quillon Vandermeer");
        assertThatThrownBy(() -> cipher(KEY).open(old, COMPANY)).hasMessageNotContaining(OTHER).hasMessageNotContaining(KEY);
        assertThat(rotated.toString()).doesNotContain(KEY).doesNotContain(OTHER);
    }

    @Test
    @DisplayName("GIVEN the environment WHEN it names a key and two old ones THEN the encryption reads them, blanks "
            + "dropped, and shows none")
    void readsTheEnvironment() {
        final Encryption read = Encryption.from(Map.of("FOLLOWUP_ENCRYPTION_KEY", KEY,
                "FOLLOWUP_ENCRYPTION_OLD_KEYS", OTHER.replace(",", "") + ", ,second old key"));
        assertThat(read.on()).isTrue();
        assertThat(read.oldKeys()).extracting(Secret::reveal).containsExactly(OTHER.replace(",", ""), "second old key");
        assertThat(read.toString()).doesNotContain(KEY).doesNotContain("second old key");
        assertThat(Encryption.from(Map.of()).on()).isFalse();
    }
}
