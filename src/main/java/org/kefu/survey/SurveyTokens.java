package org.kefu.survey;

import java.security.SecureRandom;
import java.util.Base64;

import org.kefu.platform.BlindIndex;
import org.springframework.stereotype.Component;

/**
 * The secret in a survey link: 32 random bytes, base64url (43 characters). Only its HMAC under the platform's
 * blind-index key is stored, so neither a database reader nor a backup can answer someone's survey.
 */
@Component
class SurveyTokens {

    private static final String FIELD = "survey.token";

    private final SecureRandom random = new SecureRandom();
    private final BlindIndex hmac;

    SurveyTokens(BlindIndex hmac) {
        this.hmac = hmac;
    }

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Null for anything that cannot be a token, so a malformed link costs no query. */
    String hash(String token) {
        return token == null || !token.matches("[A-Za-z0-9_-]{43}") ? null : hmac.of(FIELD, token);
    }
}
