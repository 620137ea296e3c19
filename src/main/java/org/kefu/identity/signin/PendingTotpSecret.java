package org.kefu.identity.signin;

import jakarta.servlet.http.HttpSession;
import org.kefu.platform.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * The TOTP secret shown during enrolment, kept in the session until the user confirms it with a code.
 * Sessions are stored in the database, so the secret is kept there encrypted, like the confirmed one.
 */
@Component
public class PendingTotpSecret {

    private static final String ATTRIBUTE = "kefu.pendingTotpSecret";
    private static final String FIELD = "identity.pending-totp-secret";
    private final FieldCipher cipher;
    private final Totp totp;

    PendingTotpSecret(FieldCipher cipher, Totp totp) {
        this.cipher = cipher;
        this.totp = totp;
    }

    public String getOrCreate(HttpSession session) {
        String secret = get(session);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(ATTRIBUTE, cipher.encrypt(FIELD, secret));
        }
        return secret;
    }

    public String get(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        return stored == null ? null : cipher.decrypt(FIELD, (String) stored);
    }

    public void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
