package org.kefu.support;

import org.kefu.identity.signin.Totp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The code an authenticator app would show next for a user. Kefu refuses a time step that was already
 * used, so tests signing the same user in twice within 30 seconds take the next step (still inside the
 * accepted window), and wait only when the window is used up.
 */
@Component
public class TotpCodes {

    private final Totp totp;
    private final JdbcClient jdbc;

    TotpCodes(Totp totp, JdbcClient jdbc) {
        this.totp = totp;
        this.jdbc = jdbc;
    }

    public String next(String username, String secret) throws InterruptedException {
        while (true) {
            long now = System.currentTimeMillis() / 30_000;
            Long used = jdbc.sql("select totp_last_step from app_user where username = ?").param(username)
                    .query(Long.class).optional().orElse(null);
            long step = used == null ? now : Math.max(now, used + 1);
            if (step <= now + 1) {
                return totp.codeAt(secret, step);
            }
            Thread.sleep(1_000);
        }
    }
}
