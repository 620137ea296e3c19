package org.kefu.platform;

/**
 * An envelope could not be turned back into plaintext. The message names the field and key id so an
 * operator can tell a missing key (rotation done too early) from tampering, but it never carries the
 * envelope, the plaintext or any key material.
 */
public class FieldDecryptionException extends RuntimeException {

    private final String field;
    private final String keyId;

    public FieldDecryptionException(String field, String keyId, String reason) {
        super(describe(field, keyId, reason));
        this.field = field;
        this.keyId = keyId;
    }

    public FieldDecryptionException(String field, String keyId, String reason, Throwable cause) {
        this(field, keyId, reason);
        initCause(cause);
    }

    /** The logical field being decrypted, or {@code null} if none was involved. */
    public String field() {
        return field;
    }

    /** The key id named by the envelope, or {@code null} if the envelope did not name a usable one. */
    public String keyId() {
        return keyId;
    }

    private static String describe(String field, String keyId, String reason) {
        StringBuilder message = new StringBuilder("Cannot decrypt");
        if (field != null) {
            message.append(" field '").append(field).append('\'');
        }
        if (keyId != null) {
            message.append(" (key '").append(keyId).append("')");
        }
        return message.append(": ").append(reason).toString();
    }
}
