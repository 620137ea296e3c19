package org.kefu.identity.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.kefu.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.Locale;

/**
 * A user's second factor: the TOTP secret (encrypted at rest, never shown again after enrolment) and
 * ten single-use recovery codes for a lost phone (stored hashed).
 */
@Component
public class SecondFactors {

    static final String SECRET_FIELD = "identity.totp-secret";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Totp totp;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, FieldCipher cipher, Totp totp) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.totp = totp;
    }

    /** Checks a TOTP code and marks its step used, atomically, so two requests cannot both use one code. */
    @Transactional
    public boolean verifyTotp(long userId, String code) {
        record Stored(String secret, Long lastStep) {
        }
        Stored stored = jdbc.sql("select totp_secret, totp_last_step from app_user where id = ? and totp_enabled"
                        + " and (locked_until is null or locked_until <= now()) for update")
                .param(userId).query((rs, row) -> new Stored(rs.getString(1), (Long) rs.getObject(2))).optional()
                .orElse(null);
        if (stored == null) {
            return false;
        }
        OptionalLong step = totp.verify(cipher.decrypt(SECRET_FIELD, stored.secret()), code, stored.lastStep());
        step.ifPresent(used -> jdbc.sql("update app_user set totp_last_step = ? where id = ?")
                .params(used, userId).update());
        return step.isPresent();
    }

    @Transactional
    public boolean useRecoveryCode(long userId, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return jdbc.sql("update recovery_code set used_at = now() where id = (select r.id from recovery_code r"
                        + " join app_user u on u.id = r.user_id where r.user_id = ? and r.code_hash = ? and r.used_at is null"
                        + " and (u.locked_until is null or u.locked_until <= now()) limit 1 for update of r)")
                .params(userId, hash(normalise(code))).update() == 1;
    }

    /**
     * Stores a confirmed secret for a user who has none yet and returns fresh recovery codes, to be shown
     * once; empty if the user already has a second factor (it is never silently replaced). The step of
     * the confirming code counts as used.
     */
    @Transactional
    public Optional<List<String>> enrolFirst(long userId, String secret, long confirmedStep) {
        int enrolled = jdbc.sql("update app_user set totp_secret = ?, totp_enabled = true, totp_last_step = ?"
                        + " where id = ? and not totp_enabled")
                .params(cipher.encrypt(SECRET_FIELD, secret), confirmedStep, userId).update();
        return enrolled == 1 ? Optional.of(newRecoveryCodes(userId)) : Optional.empty();
    }

    @Transactional
    public List<String> newRecoveryCodes(long userId) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = randomChars(4) + "-" + randomChars(4) + "-" + randomChars(4);
            codes.add(code);
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, hash(normalise(code))).update();
        }
        return codes;
    }

    public long unusedRecoveryCodes(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
                .param(userId).query(Long.class).single();
    }

    private String randomChars(int n) {
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String normalise(String code) {
        return code.trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
