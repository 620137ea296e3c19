package org.kefu.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.util.stream.Collectors;

/**
 * Before Kefu serves anything: is each key of the ring the key this database knows under that id? A
 * mismatch means a replaced keyring (for example a development keyring deleted and generated anew) and
 * every value written from then on would be unreadable with the old data, so Kefu refuses to start.
 */
@Component
class KeyringCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KeyringCheck.class);
    private final Keyring keyring;
    private final JdbcClient jdbc;

    KeyringCheck(Keyring keyring, JdbcClient jdbc) {
        this.keyring = keyring;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, String> known = jdbc.sql("select key_id, fingerprint from platform_key_fingerprint")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (String id : keyring.keyIds()) {
            String fingerprint = fingerprint(id);
            String stored = known.get(id);
            if (stored == null) {
                jdbc.sql("insert into platform_key_fingerprint (key_id, fingerprint) values (?, ?) on conflict do nothing")
                        .params(id, fingerprint).update();
            } else if (!stored.equals(fingerprint)) {
                throw new KeyringMismatchException("The keyring's key '" + id + "' is not the key '" + id
                        + "' this database was encrypted with. Restore the original keyring (for a development"
                        + " installation: data/keys/keyring.properties), or start with an empty data directory.");
            }
        }
        known.keySet().stream().filter(id -> !keyring.keyIds().contains(id)).forEach(id ->
                log.warn("Key '{}' is known to the database but not in the keyring: values under it cannot be read", id));
    }

    /** A one-way tag of the key: proves identity without revealing or weakening it. */
    private String fingerprint(String keyId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keyring.key(keyId));
            return HexFormat.of().formatHex(mac.doFinal("kefu key fingerprint v1".getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
