package org.kefu.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.kefu.cases.PortalCases;
import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.kefu.platform.BlindIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit one-time codes that let a customer open their case: sent to the contact registered on the
 * case, valid for a short while, single use, dead after too many wrong entries, a few per case per hour,
 * each new one replacing the last. Only an HMAC of the case number and the code is stored, keyed with
 * the platform's blind-index key (held outside the database). The code is never logged.
 */
@Service
class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);
    private static final String HASH_FIELD = "portal.one-time-code";

    private final PortalCases cases;
    private final CodeStore store;
    private final Notifications notifications;
    private final BlindIndex hmac;
    private final Clock clock;
    private final PortalProperties properties;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(PortalCases cases, CodeStore store, Notifications notifications, BlindIndex hmac, Clock clock,
                 PortalProperties properties) {
        this.cases = cases;
        this.store = store;
        this.notifications = notifications;
        this.hmac = hmac;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Sends a new code for the case to its registered contact, if the case exists and has not had its
     * hourly share yet. The caller learns nothing either way: its answer must not tell which cases exist.
     */
    @Transactional
    void send(String caseNumber, Locale language) {
        var contacts = cases.contactsOf(caseNumber);
        if (contacts.isEmpty()) {
            return;
        }
        store.lockCase(caseNumber);
        Instant now = clock.instant();
        if (store.issuedSince(caseNumber, now.minus(Duration.ofHours(1))) >= properties.codesPerCasePerHour()) {
            log.info("One-time code for case {} not sent: hourly limit reached", caseNumber);
            return;
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        store.insertReplacing(caseNumber, hash(caseNumber, code), now, now.plus(properties.codeValidity()));
        Map<String, String> variables = Map.of("code", code,
                "validMinutes", Long.toString(properties.codeValidity().toMinutes()));
        Locale locale = "en".equals(language.getLanguage()) ? Notification.ENGLISH : Notification.CHINESE;
        if (contacts.get().mobile() != null) {
            notifications.queue(new Notification(NotificationChannel.SMS, contacts.get().mobile(),
                    NotificationTemplate.ONE_TIME_CODE, locale, variables, caseNumber));
        }
        if (contacts.get().email() != null) {
            notifications.queue(new Notification(NotificationChannel.EMAIL, contacts.get().email(),
                    NotificationTemplate.ONE_TIME_CODE, locale, variables, caseNumber));
        }
    }

    /**
     * True once for the right code of the case's active code within its validity. A wrong code counts
     * against that code; an unknown case, an expired, used, replaced or dead code are all simply false.
     */
    @Transactional
    boolean verify(String caseNumber, String code) {
        store.lockCase(caseNumber);
        Instant now = clock.instant();
        return store.active(caseNumber).map(active -> {
            if (!now.isBefore(active.expiresAt())) {
                store.end(active.id(), "expired", now);
                return false;
            }
            if (MessageDigest.isEqual(active.hash().getBytes(StandardCharsets.US_ASCII),
                    hash(caseNumber, code).getBytes(StandardCharsets.US_ASCII))) {
                store.end(active.id(), "used", now);
                return true;
            }
            store.wrongAttempt(active.id(), properties.wrongAttempts());
            return false;
        }).orElse(false);
    }

    private String hash(String caseNumber, String code) {
        return hmac.of(HASH_FIELD, caseNumber + ":" + code);
    }
}
