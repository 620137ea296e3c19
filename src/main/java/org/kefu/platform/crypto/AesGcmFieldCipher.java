package org.kefu.platform.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.FieldDecryptionException;

/**
 * AES-256-GCM with a random 96-bit nonce per value. Envelope: {@code v1:<keyId>:<base64url(nonce ||
 * ciphertext || tag)>}. The associated data is {@code "v1:<keyId>:<field>"}, so neither the header nor the
 * field a value belongs to can be changed without the tag failing.
 *
 * <p>Random nonces keep instances and restarts independent (no counter to persist). NIST SP 800-38D caps
 * random nonces at 2^32 encryptions per key (re-encryptions included); rotate the active key long before.
 */
public final class AesGcmFieldCipher implements FieldCipher {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Cipher.getInstance and SecureRandom seeding cost far more than the encryption of a short value. */
    private static final ThreadLocal<Worker> WORKERS = ThreadLocal.withInitial(Worker::new);

    private final Map<String, KeyEntry> keysById = new HashMap<>();
    private final KeyEntry active;

    public AesGcmFieldCipher(Keyring keyring) {
        for (String keyId : keyring.keyIds()) {
            keysById.put(keyId, new KeyEntry(keyId, keyring.key(keyId)));
        }
        this.active = keysById.get(keyring.activeKeyId());
    }

    @Override
    public String encrypt(String field, String plaintext) {
        Objects.requireNonNull(field, "field");
        if (plaintext == null) {
            return null;
        }
        byte[] input = plaintext.getBytes(UTF_8);
        byte[] payload = new byte[NONCE_BYTES + input.length + TAG_BYTES];
        Worker worker = WORKERS.get();
        worker.random.nextBytes(worker.nonce);
        System.arraycopy(worker.nonce, 0, payload, 0, NONCE_BYTES);
        try {
            Cipher cipher = worker.cipher;
            cipher.init(Cipher.ENCRYPT_MODE, active.key, new GCMParameterSpec(TAG_BYTES * 8, worker.nonce));
            cipher.updateAAD(active.headerBytes);
            cipher.updateAAD(field.getBytes(UTF_8));
            cipher.doFinal(input, 0, input.length, payload, NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed for field '" + field + "'", e);
        }
        return active.header.concat(ENCODER.encodeToString(payload));
    }

    @Override
    public String decrypt(String field, String envelope) {
        Objects.requireNonNull(field, "field");
        if (envelope == null) {
            return null;
        }
        String keyId = headerKeyId(field, envelope);
        KeyEntry entry = keysById.get(keyId);
        if (entry == null) {
            throw new FieldDecryptionException(field, keyId,
                    "the key is not in the keyring (was it removed before all values were re-encrypted?)");
        }
        byte[] payload;
        try {
            payload = DECODER.decode(envelope.substring(entry.header.length()));
        } catch (IllegalArgumentException e) {
            throw new FieldDecryptionException(field, keyId, "the payload is not base64url");
        }
        if (payload.length < NONCE_BYTES + TAG_BYTES) {
            throw new FieldDecryptionException(field, keyId, "the payload is too short");
        }
        try {
            Cipher cipher = WORKERS.get().cipher;
            cipher.init(Cipher.DECRYPT_MODE, entry.key, new GCMParameterSpec(TAG_BYTES * 8, payload, 0, NONCE_BYTES));
            cipher.updateAAD(entry.headerBytes);
            cipher.updateAAD(field.getBytes(UTF_8));
            return new String(cipher.doFinal(payload, NONCE_BYTES, payload.length - NONCE_BYTES), UTF_8);
        } catch (AEADBadTagException e) {
            throw new FieldDecryptionException(field, keyId,
                    "authentication failed: the value was altered, or written for another field or with another key");
        } catch (GeneralSecurityException e) {
            throw new FieldDecryptionException(field, keyId, "AES-GCM decryption failed", e);
        }
    }

    @Override
    public String keyIdOf(String envelope) {
        return envelope == null ? null : headerKeyId(null, envelope);
    }

    @Override
    public boolean isCurrent(String envelope) {
        return envelope == null || active.id.equals(keyIdOf(envelope));
    }

    @Override
    public String activeKeyId() {
        return active.id;
    }

    /** Reads {@code <keyId>} out of {@code v1:<keyId>:...} without echoing anything that is not a key id. */
    private static String headerKeyId(String field, String envelope) {
        int end = envelope.startsWith(VERSION) ? envelope.indexOf(':', VERSION.length()) : -1;
        String keyId = end < 0 ? null : envelope.substring(VERSION.length(), end);
        if (!Keyring.isValidKeyId(keyId)) {
            throw new FieldDecryptionException(field, null, "not a " + VERSION + "<keyId>:<payload> envelope");
        }
        return keyId;
    }

    private static final class KeyEntry {
        final String id;
        final SecretKey key;
        final String header;
        final byte[] headerBytes;

        KeyEntry(String id, SecretKey key) {
            this.id = id;
            this.key = key;
            this.header = VERSION + id + ":";
            this.headerBytes = header.getBytes(UTF_8);
        }
    }

    private static final class Worker {
        final Cipher cipher;
        final SecureRandom random;
        final byte[] nonce = new byte[NONCE_BYTES];

        Worker() {
            try {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                // The default NativePRNG serialises every caller on one global lock; a DRBG per thread does not.
                random = SecureRandom.getInstance("DRBG");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("This JVM lacks AES/GCM/NoPadding or a DRBG", e);
            }
        }
    }
}
