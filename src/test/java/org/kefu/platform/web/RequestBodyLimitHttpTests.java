package org.kefu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.platform.PlatformPermissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An oversize body sent chunked (no Content-Length) over real HTTP is cut off with a 413 problem. */
@KefuTest
class RequestBodyLimitHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    ApiClients apiClients;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChunkedBodyOverTheLimitIsA413AndNothingIsWritten() throws Exception {
        String key = apiClients.create("ops-" + System.nanoTime() % 100000, "CHANNEL", "other",
                jdbc.sql("select id from org_unit where code = 'HQ'").query(Long.class).single(), null,
                Set.of(PlatformPermissions.CRYPTO_MANAGE), "test").key();
        long before = jdbc.sql("select count(*) from platform_reencryption_job").query(Long.class).single();
        byte[] body = ("{\"reason\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/admin/crypto/re-encryptions"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("/problems/payload-too-large", "1048576");
        assertThat(jdbc.sql("select count(*) from platform_reencryption_job").query(Long.class).single()).isEqualTo(before);
    }
}
