package org.kefu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.PlatformPermissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's key endpoints, and through them the API conventions every endpoint follows. */
@KefuTest
class KeyAdministrationApiTests {

    private static final String START = "/api/v1/admin/crypto/re-encryptions";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor administrator() {
        return user("admin").authorities(
                new SimpleGrantedAuthority(PlatformPermissions.CRYPTO_MANAGE));
    }

    @Test
    void listsKeyIdsAndNeverKeyMaterial() throws Exception {
        mvc.perform(get("/api/v1/admin/crypto/keys").with(administrator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeKeyId").value("test-2"))
                .andExpect(jsonPath("$.keys[*].id").value(org.hamcrest.Matchers.contains("test-1", "test-2")))
                .andExpect(jsonPath("$.keys[1].active").value(true))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("AAECAwQF"))));
    }

    @Test
    void refusesCallersWithoutThePermission() throws Exception {
        mvc.perform(get("/api/v1/admin/crypto/keys"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        mvc.perform(get("/api/v1/admin/crypto/keys").with(user("agent").authorities(() -> "cases.read")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        assertNothingWritten(() -> mvc.perform(post(START).with(user("agent")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"rotation\"}")).andExpect(status().isForbidden()));
    }

    @Test
    void startsARunThatCompletesAndCanBeFollowed() throws Exception {
        String location = mvc.perform(post(START).with(administrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"年度密钥轮换\",\"batchSize\":100}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/admin/crypto/re-encryptions/")))
                .andExpect(jsonPath("$.targetKeyId").value("test-2"))
                .andExpect(jsonPath("$.requestedBy").value("admin"))
                .andExpect(jsonPath("$.reason").value("年度密钥轮换"))
                .andReturn().getResponse().getHeader("Location");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get(location).with(administrator())).andExpect(jsonPath("$.status").value("COMPLETED")));
    }

    @Test
    void malformedJsonIsA400WithWhereItBroke() throws Exception {
        assertNothingWritten(() -> mvc.perform(postJson("{\"reason\": \"rotation\",")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/malformed-json"))
                .andExpect(jsonPath("$.detail").value(containsString("1:")))
                .andExpect(jsonPath("$.requestId").isNotEmpty()));
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        assertNothingWritten(() -> mvc.perform(postJson("{\"reason\":\"rotation\",\"batchSize\":\"lots\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("batchSize"))
                .andExpect(jsonPath("$.errors[0].code").value("wrong-type"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a number")));
    }

    @Test
    void missingFieldIsNamed() throws Exception {
        assertNothingWritten(() -> mvc.perform(postJson("{\"batchSize\":10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].code").value("required")));
    }

    @Test
    void outOfRangeValueIsNamed() throws Exception {
        assertNothingWritten(() -> mvc.perform(postJson("{\"reason\":\"rotation\",\"batchSize\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("batchSize"))
                .andExpect(jsonPath("$.errors[0].code").value("out-of-range")));
    }

    @Test
    void unknownFieldIsRefusedAndNamed() throws Exception {
        assertNothingWritten(() -> mvc.perform(postJson("{\"reason\":\"rotation\",\"force\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("force"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-field")));
    }

    @Test
    void oversizeBodyIsA413BeforeAnythingIsRead() throws Exception {
        String huge = "{\"reason\":\"" + "x".repeat(1024 * 1024) + "\"}";
        assertNothingWritten(() -> mvc.perform(postJson(huge))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.type").value("/problems/payload-too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("1048576"))));
    }

    @Test
    void aNulCharacterIsRefusedAsAnInvalidFieldNotA500() throws Exception {
        assertNothingWritten(() -> mvc.perform(postJson("{\"reason\":\"rota\\u0000tion\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-character")));
    }

    @Test
    void wrongContentTypeIsA415() throws Exception {
        assertNothingWritten(() -> mvc.perform(post(START).with(administrator()).contentType(MediaType.TEXT_PLAIN)
                        .content("reason=rotation"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type")));
    }

    @Test
    void problemsAreInChineseUnlessTheCallerAsksForEnglish() throws Exception {
        mvc.perform(post(START).with(administrator()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入无效"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void problemCarriesTheRequestIdOfTheResponseHeader() throws Exception {
        var response = mvc.perform(postJson("nonsense")).andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(response.getHeader("X-Request-Id")).isNotBlank();
        assertThat(response.getContentAsString()).contains("\"requestId\":\"" + response.getHeader("X-Request-Id") + "\"");
    }

    @Test
    void listsRunsWithTheCommonPagingConvention() throws Exception {
        mvc.perform(get(START).param("page", "0").param("size", "5").param("sort", "status,asc").with(administrator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.sort[0]").value("status,asc"))
                .andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(get(START).param("size", "201").with(administrator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get(START).param("page", "-1").param("sort", "reason; drop table x").with(administrator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("page", "sort")));
    }

    @Test
    void unknownRunIsA404Problem() throws Exception {
        mvc.perform(get(START + "/999999").with(administrator()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        mvc.perform(get(START + "/abc").with(administrator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    private MockHttpServletRequestBuilder postJson(String body) {
        return post(START).with(administrator()).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content(body);
    }

    interface Call {
        void run() throws Exception;
    }

    private void assertNothingWritten(Call call) throws Exception {
        long before = jobCount();
        call.run();
        assertThat(jobCount()).as("rows in platform_reencryption_job").isEqualTo(before);
    }

    private long jobCount() {
        return jdbc.sql("select count(*) from platform_reencryption_job").query(Long.class).single();
    }
}
