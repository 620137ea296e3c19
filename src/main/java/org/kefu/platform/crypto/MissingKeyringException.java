package org.kefu.platform.crypto;

/**
 * Kefu would store personal data in an institution's database without knowing which keys to encrypt it
 * with. Startup stops here rather than inventing keys nobody has a copy of.
 */
public class MissingKeyringException extends RuntimeException {

    static final String HOW_TO_FIX = """
            Configure the field-encryption keyring, preferably from your secret store, as environment variables \
            (or the matching properties):
              KEFU_CRYPTO_KEYRING=k1:<key>             (kefu.crypto.keyring; after a rotation: k1:<old>,k2:<new>)
              KEFU_CRYPTO_ACTIVE_KEY=k1                (kefu.crypto.active-key; optional, defaults to the last key listed)
              KEFU_CRYPTO_BLIND_INDEX_KEY=<other key>  (kefu.crypto.blind-index-key; a separate key, kept for good)
            Generate each key with: openssl rand -base64 32
            Keep a backup of the keys outside the database: without them the encrypted personal data cannot be read.""";

    private final String reason;

    public MissingKeyringException(String reason) {
        super(reason + "\n" + HOW_TO_FIX);
        this.reason = reason;
    }

    /** What is missing, without the instructions. */
    public String reason() {
        return reason;
    }
}
