package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kefu.KefuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The json-logs profile turns every log line into one JSON object a log shipper can index. */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogTests {

    @Test
    void jsonLogsCarryTheRequestId(CapturedOutput output) throws Exception {
        String requestId = "trace-4711-structured";
        try (ConfigurableApplicationContext kefu = new SpringApplicationBuilder(KefuApplication.class)
                .run("--spring.profiles.active=test,json-logs", "--server.port=0",
                        "--logging.level.org.kefu.platform.Problems=DEBUG")) {
            int port = ((WebServerApplicationContext) kefu).getWebServer().getPort();
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/admin/crypto/keys"))
                    .header("X-Request-Id", requestId).build(), HttpResponse.BodyHandlers.ofString());
        }
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = output.getOut().lines().filter(line -> line.startsWith("{"))
                .map(json::readTree).toList();
        assertThat(lines).as("JSON log lines").hasSizeGreaterThan(5);
        assertThat(lines).allSatisfy(line -> assertThat(line.has("@timestamp") && line.has("level")
                && line.has("message")).as(line.toString()).isTrue());
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("requestId").asString()).isEqualTo(requestId);
            assertThat(line.path("message").asString()).contains("/api/v1/admin/crypto/keys", "401");
        });
    }
}
