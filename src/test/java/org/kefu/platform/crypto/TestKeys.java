package org.kefu.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Random base64 keys for building keyrings from configuration strings, as operators would. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    static String base64Key() {
        return base64Key(32);
    }

    static String base64Key(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
