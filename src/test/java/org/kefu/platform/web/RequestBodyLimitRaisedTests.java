package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kefu.platform.BodyLimit;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** A module's {@link BodyLimit} raises the cap for its endpoint and method only. */
class RequestBodyLimitRaisedTests {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(1024, null,
            List.of(new BodyLimit("POST", "/api/v1/cases/*/attachments", DataSize.ofKilobytes(64)),
                    new BodyLimit(null, "/api/v1/uploads/**", DataSize.ofKilobytes(8))));

    @Test
    void appliesToTheDeclaredMethodAndPathOnly() {
        assertThat(filter.limitOf(new MockHttpServletRequest("POST", "/api/v1/cases/KF-1/attachments"))).isEqualTo(65536);
        assertThat(filter.limitOf(new MockHttpServletRequest("PUT", "/api/v1/cases/KF-1/attachments"))).isEqualTo(1024);
        assertThat(filter.limitOf(new MockHttpServletRequest("POST", "/api/v1/cases/KF-1/replies"))).isEqualTo(1024);
        assertThat(filter.limitOf(new MockHttpServletRequest("POST", "/api/v1/cases/KF-1/attachments/2"))).isEqualTo(1024);
        assertThat(filter.limitOf(new MockHttpServletRequest("PATCH", "/api/v1/uploads/a/b"))).isEqualTo(8192);
    }
}
