package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operations staff and monitoring rely on, over real HTTP. */
@KefuTest
class OperationsTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIncludesTheDatabase() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusExposesJvmPoolAndHttpMetrics() throws Exception {
        get("/", null);
        HttpResponse<String> metrics = get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds_count");
    }

    @Test
    void everyResponseCarriesARequestIdAndAPlainCallerIdIsKept() throws Exception {
        assertThat(get("/", null).headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(get("/", "cti-call-0001-abc").headers().firstValue("X-Request-Id")).hasValue("cti-call-0001-abc");
        HttpResponse<String> forged = get("/api/v1/admin/crypto/keys", "x\u0000evil log line");
        assertThat(forged.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(forged.body()).contains("\"requestId\":\"" + forged.headers().firstValue("X-Request-Id").get());
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\":\"3.", "/api/v1/admin/crypto/re-encryptions", "Kefu API",
                "\"name\":\"size\"", "Properties: createdAt, status").doesNotContain("#/components/schemas/PageQuery");
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownApiPathIsAProblemNotAPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing", null);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("<html", "Exception", "at org.");
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (requestId != null) {
            try {
                request.header("X-Request-Id", requestId);
            } catch (IllegalArgumentException controlCharacters) {
                request.header("X-Request-Id", requestId.replace("\u0000", " "));
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
