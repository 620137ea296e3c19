package org.kefu.platform.crypto;

import java.nio.file.Path;
import java.time.Duration;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.BlindIndex;
import org.kefu.platform.DatabaseMode;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.PlatformPermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * The keyring comes from {@code kefu.crypto.*} (or {@code KEFU_CRYPTO_*}); only on the embedded database
 * may Kefu make up a development keyring, and with an external database and no keys it does not start.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    Keyring keyring(Environment environment, DatabaseMode mode, @Value("${kefu.data-dir:./data}") Path dataDir) {
        return new KeyringSource(environment.getProperty(Keyring.KEYRING_PROPERTY),
                environment.getProperty(Keyring.ACTIVE_KEY_PROPERTY),
                environment.getProperty(Keyring.BLIND_INDEX_KEY_PROPERTY), mode, dataDir).load();
    }

    @Bean
    FieldCipher fieldCipher(Keyring keyring) {
        return new AesGcmFieldCipher(keyring);
    }

    @Bean
    BlindIndex blindIndex(Keyring keyring) {
        return new HmacBlindIndex(keyring);
    }

    @Bean
    AccessRules cryptoAccessRules() {
        return AccessRules.of(
                new AccessRule("/api/v1/admin/crypto/**", PlatformPermissions.CRYPTO_MANAGE),
                new AccessRule("/admin/crypto/**", PlatformPermissions.CRYPTO_MANAGE));
    }

    @Bean
    AbandonedJobs abandonedReEncryptionJobs(ReEncryptionJobs jobs) {
        return new AbandonedJobs(jobs);
    }

    /** A node that died mid-run leaves its job RUNNING; once silent long enough it is marked interrupted. */
    static final class AbandonedJobs {

        private final ReEncryptionJobs jobs;

        AbandonedJobs(ReEncryptionJobs jobs) {
            this.jobs = jobs;
        }

        @EventListener(ApplicationReadyEvent.class)
        void markInterrupted() {
            jobs.interruptAbandoned(ReEncryption.ABANDONED_AFTER);
        }
    }
}
