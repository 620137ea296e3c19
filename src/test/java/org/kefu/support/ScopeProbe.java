package org.kefu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Proves that an endpoint respects the data scope: what a caller's units hold is readable, what another
 * branch holds answers 404 — not 403, so nobody learns that it exists. Every module's tests can use it
 * for their own endpoints:
 *
 * <pre>{@code
 * new ScopeProbe(mvc, staff.as("agent.bj"))
 *         .sees("/api/v1/cases/{n}", bjCase, hdCase)
 *         .cannotSee("/api/v1/cases/{n}", shCase);
 * }</pre>
 */
public final class ScopeProbe {

    private final MockMvc mvc;
    private final RequestPostProcessor caller;

    public ScopeProbe(MockMvc mvc, RequestPostProcessor caller) {
        this.mvc = mvc;
        this.caller = caller;
    }

    public ScopeProbe sees(String uriTemplate, Object... ids) throws Exception {
        for (Object id : ids) {
            int status = mvc.perform(get(uriTemplate, id).with(caller)).andReturn().getResponse().getStatus();
            assertThat(status).as("GET " + uriTemplate.replace("{}", "") + " for " + id).isEqualTo(200);
        }
        return this;
    }

    /**
     * Each id answers 404 with exactly the body an id that never existed gets (request id and path aside),
     * so the answer does not tell "elsewhere" from "nowhere".
     */
    public ScopeProbe cannotSee(String uriTemplate, Object... ids) throws Exception {
        String nowhere = neutral(mvc.perform(get(uriTemplate, "0-no-such-record").with(caller)).andReturn()
                .getResponse().getContentAsString(), "0-no-such-record");
        for (Object id : ids) {
            var response = mvc.perform(get(uriTemplate, id).with(caller)).andReturn().getResponse();
            assertThat(response.getStatus()).as("GET " + uriTemplate + " for " + id + " is hidden").isEqualTo(404);
            assertThat(neutral(response.getContentAsString(), String.valueOf(id)))
                    .as("the answer for " + id + " is the answer for a record that does not exist").isEqualTo(nowhere);
        }
        return this;
    }

    private static String neutral(String body, String id) {
        return body.replace(id, "{id}").replaceAll("[0-9a-f]{16}", "{requestId}");
    }
}
