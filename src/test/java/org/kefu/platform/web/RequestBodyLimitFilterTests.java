package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/** A chunked body declares no length: it must be cut off while it is read, not after. */
class RequestBodyLimitFilterTests {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(1024, null);

    @Test
    void cutsOffAChunkedBodyAsSoonAsItPassesTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/anything");
        request.setContent(new byte[4096]);
        HttpServletRequest chunked = new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        int[] readBeforeCutOff = new int[1];
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res)
                    throws IOException {
                var in = req.getInputStream();
                byte[] buffer = new byte[256];
                assertThatThrownBy(() -> {
                    for (int n = in.read(buffer, 0, buffer.length); n > 0; n = in.read(buffer, 0, buffer.length)) {
                        readBeforeCutOff[0] += n;
                    }
                }).isInstanceOf(BodyTooLargeException.class);
            }
        };
        filter.doFilter(chunked, new MockHttpServletResponse(), chain);
        assertThat(readBeforeCutOff[0]).isEqualTo(1024);
    }

    @Test
    void leavesPagesAlone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/crypto/re-encryptions");
        request.setContent(new byte[4096]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
