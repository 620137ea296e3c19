package org.kefu.platform;

/**
 * Encrypts personal data one column value at a time.
 *
 * <p>The {@code field} is a stable logical name such as {@code "customer.mobile"}. It is bound into every
 * ciphertext, so an envelope copied into another column (or another customer's row under another field
 * name) fails to decrypt instead of silently revealing data in the wrong place. Use the same name for
 * the life of the data: renaming a field makes its existing values unreadable.
 *
 * <p>Envelopes name the key they were written with, so values written before a key rotation stay
 * readable; {@link #isCurrent} tells a re-encryption job which values still use an older key.
 */
public interface FieldCipher {

    /** Returns an envelope for {@code plaintext}; {@code null} stays {@code null}. */
    String encrypt(String field, String plaintext);

    /**
     * Returns the plaintext of an envelope written for the same {@code field}; {@code null} stays {@code null}.
     *
     * @throws FieldDecryptionException if the envelope is malformed, its key is not in the keyring, or it
     *     was altered or written for another field
     */
    String decrypt(String field, String envelope);

    /**
     * The key id named in the envelope header, whether or not that key is still in the keyring;
     * {@code null} for {@code null}.
     *
     * @throws FieldDecryptionException if the text is not an envelope
     */
    String keyIdOf(String envelope);

    /**
     * Whether the envelope was written with the active key. {@code null} counts as current: there is
     * nothing to re-encrypt.
     */
    boolean isCurrent(String envelope);

    /** The key new envelopes are written with. */
    String activeKeyId();
}
