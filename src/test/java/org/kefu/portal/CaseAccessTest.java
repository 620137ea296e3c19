package org.kefu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** What a correct code grants: one case, for a limited time, in a session with a new id. */
class CaseAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void grantsOneCaseUntilItsTimeIsUp() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        String before = request.getSession(true).getId();
        CaseAccess.grant(request, new CaseAccess("KF-20261127-000001", NOW.plus(Duration.ofMinutes(30))));

        assertThat(request.getSession().getId()).isNotEqualTo(before);
        assertThat(CaseAccess.allows(request, "KF-20261127-000001", NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(CaseAccess.allows(request, "KF-20261127-000001", NOW.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(CaseAccess.allows(request, "KF-20261127-000002", NOW)).isFalse();

        CaseAccess.revoke(request);
        assertThat(CaseAccess.allows(request, "KF-20261127-000001", NOW)).isFalse();
    }

    @Test
    void aSessionWithoutAccessSeesNothing() {
        assertThat(CaseAccess.allows(new MockHttpServletRequest(), "KF-20261127-000001", NOW)).isFalse();
    }
}
