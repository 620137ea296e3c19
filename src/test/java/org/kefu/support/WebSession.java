package org.kefu.support;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser-like conversation over MockMvc: cookies (Spring Session's SESSION among them) are kept from
 * response to request, from one client address, so multi-step flows like sign-in with a second factor
 * run as they do for real.
 */
public final class WebSession {

    private final MockMvc mvc;
    private final String address;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public WebSession(MockMvc mvc, String address) {
        this.mvc = mvc;
        this.address = address;
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    public String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }
}
