package org.kefu.platform.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys personal data is encrypted with, which of them new values use, and the separate key
 * for blind indexes. Old keys stay listed after a rotation so values written under them remain readable
 * until a re-encryption job has moved them to the active key.
 *
 * <p>Every validation message names properties and key ids only; key material never reaches a message,
 * a log line or {@link #toString()}.
 */
public final class Keyring {

    public static final String KEYRING_PROPERTY = "kefu.crypto.keyring";
    public static final String ACTIVE_KEY_PROPERTY = "kefu.crypto.active-key";
    public static final String BLIND_INDEX_KEY_PROPERTY = "kefu.crypto.blind-index-key";

    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final String GENERATE_HINT = " (generate one with: openssl rand -base64 32)";

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecretKey blindIndexKey;

    private Keyring(Map<String, SecretKey> keys, String activeKeyId, SecretKey blindIndexKey) {
        this.keys = keys;
        this.activeKeyId = activeKeyId;
        this.blindIndexKey = blindIndexKey;
    }

    /**
     * Builds a keyring from raw keys in rotation order (pass an ordered map, oldest key first).
     *
     * @param activeKeyId the key new values use; blank means the last one in {@code keys}
     * @throws IllegalArgumentException if a key id, key length or the active id is invalid
     */
    public static Keyring of(Map<String, byte[]> keys, String activeKeyId, byte[] blindIndexKey) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException(KEYRING_PROPERTY + " lists no keys" + GENERATE_HINT);
        }
        Map<String, SecretKey> aesKeys = new LinkedHashMap<>();
        String lastId = null;
        for (Map.Entry<String, byte[]> entry : keys.entrySet()) {
            String id = requireKeyId(entry.getKey(), KEYRING_PROPERTY);
            requireLength(entry.getValue(), "Key '" + id + "' in " + KEYRING_PROPERTY);
            aesKeys.put(id, new SecretKeySpec(entry.getValue(), "AES"));
            lastId = id;
        }
        String active = isBlank(activeKeyId) ? lastId : requireKeyId(activeKeyId.strip(), ACTIVE_KEY_PROPERTY);
        if (!aesKeys.containsKey(active)) {
            throw new IllegalArgumentException(ACTIVE_KEY_PROPERTY + " is '" + active + "' but " + KEYRING_PROPERTY
                    + " only has " + aesKeys.keySet());
        }
        requireLength(blindIndexKey, BLIND_INDEX_KEY_PROPERTY);
        // A key used both for AES-GCM and HMAC would tie the two schemes' security together.
        for (byte[] key : keys.values()) {
            if (MessageDigest.isEqual(key, blindIndexKey)) {
                throw new IllegalArgumentException(BLIND_INDEX_KEY_PROPERTY + " must differ from every key in "
                        + KEYRING_PROPERTY + GENERATE_HINT);
            }
        }
        return new Keyring(Collections.unmodifiableMap(aesKeys), active,
                new SecretKeySpec(blindIndexKey, "HmacSHA256"));
    }

    /**
     * Parses the three configuration values.
     *
     * @param keyring {@code "id1:BASE64,id2:BASE64"}, oldest first, each key 32 bytes in standard base64
     * @param activeKey id of the key new values use; blank means the last listed key
     * @param blindIndexKey 32 bytes in standard base64
     */
    public static Keyring parse(String keyring, String activeKey, String blindIndexKey) {
        if (isBlank(keyring)) {
            throw new IllegalArgumentException(KEYRING_PROPERTY + " is not set" + GENERATE_HINT);
        }
        if (isBlank(blindIndexKey)) {
            throw new IllegalArgumentException(BLIND_INDEX_KEY_PROPERTY + " is not set" + GENERATE_HINT);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String[] entries = keyring.split(",");
        try {
            for (int i = 0; i < entries.length; i++) {
                String entry = entries[i].strip();
                if (entry.isEmpty()) {
                    continue;
                }
                int colon = entry.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("Entry " + (i + 1) + " of " + KEYRING_PROPERTY
                            + " is not of the form id:BASE64 (entry not shown, it may be a key)");
                }
                String id = requireKeyId(entry.substring(0, colon).strip(), KEYRING_PROPERTY);
                byte[] key = decode(entry.substring(colon + 1), "Key '" + id + "' in " + KEYRING_PROPERTY);
                if (keys.putIfAbsent(id, key) != null) {
                    throw new IllegalArgumentException("Key id '" + id + "' appears twice in " + KEYRING_PROPERTY);
                }
            }
            byte[] indexKey = decode(blindIndexKey, BLIND_INDEX_KEY_PROPERTY);
            try {
                return of(keys, activeKey, indexKey);
            } finally {
                Arrays.fill(indexKey, (byte) 0);
            }
        } finally {
            keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
        }
    }

    /** A fresh keyring with one random key, for development data directories and tests. */
    public static Keyring generate(String keyId) {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[KEY_BYTES];
        byte[] indexKey = new byte[KEY_BYTES];
        random.nextBytes(key);
        random.nextBytes(indexKey);
        return of(Map.of(keyId, key), keyId, indexKey);
    }

    public static Keyring fromProperties(Properties properties) {
        return parse(properties.getProperty(KEYRING_PROPERTY), properties.getProperty(ACTIVE_KEY_PROPERTY),
                properties.getProperty(BLIND_INDEX_KEY_PROPERTY));
    }

    /** The keyring as the three configuration properties; the values are secrets, handle them as such. */
    public Properties toProperties() {
        Base64.Encoder base64 = Base64.getEncoder();
        StringBuilder keyring = new StringBuilder();
        keys.forEach((id, key) -> keyring.append(keyring.length() == 0 ? "" : ",")
                .append(id).append(':').append(base64.encodeToString(key.getEncoded())));
        Properties properties = new Properties();
        properties.setProperty(KEYRING_PROPERTY, keyring.toString());
        properties.setProperty(ACTIVE_KEY_PROPERTY, activeKeyId);
        properties.setProperty(BLIND_INDEX_KEY_PROPERTY, base64.encodeToString(blindIndexKey.getEncoded()));
        return properties;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Key ids in rotation order, oldest first. */
    public List<String> keyIds() {
        return List.copyOf(keys.keySet());
    }

    SecretKey key(String keyId) {
        return keys.get(keyId);
    }

    SecretKey blindIndexKey() {
        return blindIndexKey;
    }

    static boolean isValidKeyId(String keyId) {
        return keyId != null && KEY_ID.matcher(keyId).matches();
    }

    @Override
    public String toString() {
        return "Keyring[keys=" + keys.keySet() + ", active=" + activeKeyId + "]";
    }

    private static String requireKeyId(String keyId, String property) {
        if (!isValidKeyId(keyId)) {
            // Not echoed: a malformed id is often a key pasted into the wrong place.
            throw new IllegalArgumentException("A key id in " + property + " is invalid; ids must match "
                    + KEY_ID.pattern());
        }
        return keyId;
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // The decoder's own message quotes the offending character, so it is deliberately dropped.
            throw new IllegalArgumentException(what + " is not valid standard base64" + GENERATE_HINT);
        }
    }

    private static void requireLength(byte[] key, String what) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(what + " is " + (key == null ? 0 : key.length)
                    + " bytes; it must be exactly " + KEY_BYTES + " bytes" + GENERATE_HINT);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
