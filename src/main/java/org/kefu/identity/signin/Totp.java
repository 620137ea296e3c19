package org.kefu.identity.signin;

import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;
import java.security.MessageDigest;

/**
 * RFC 6238 time-based one-time passwords: 6 digits, 30-second steps, SHA-1 (what every authenticator app
 * reads from the QR code). A code is accepted for the current step and one step either side, to allow
 * for clock drift, and each step only once: a code seen over someone's shoulder cannot be replayed.
 */
@Component
public class Totp {

    static final int PERIOD_SECONDS = 30;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final Clock clock;

    public Totp(Clock clock) {
        this.clock = clock;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The step the code belongs to, if it is valid now and newer than {@code lastUsedStep}. */
    public OptionalLong verify(String secret, String code, Long lastUsedStep) {
        if (code == null || !code.trim().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.millis() / 1000 / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && matches(secret, code.trim(), step)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP secret is unusable", e);
        }
    }

    /** A PNG data URI of the otpauth:// QR code for authenticator apps. */
    public String qrCode(String secret, String account) {
        QrData data = new QrData.Builder().label(account).secret(secret).issuer("Kefu")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    private boolean matches(String secret, String code, long step) {
        String expected = codeAt(secret, step);
        return MessageDigest.isEqual(expected.getBytes(), code.getBytes());
    }
}
