package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefu.KefuApplication;

/**
 * A crash never loses a case that was acknowledged: Kefu runs in a child JVM, accepts a case from a
 * channel (201), is killed with SIGKILL at once, and a fresh start on the same data directory serves the
 * case. Synchronous commit is what makes this hold (decision 0001).
 */
class CaseCrashSafetyTests {

    private static final String BODY = "{\"kind\":\"consultation\",\"channel\":\"mobile_banking\","
            + "\"subject\":\"断电前受理\",\"description\":\"受理后进程立即被杀死\","
            + "\"contact\":{\"name\":\"张三\",\"mobile\":\"13800138000\"}}";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aCaseAcknowledgedWith201SurvivesSigkill() throws Exception {
        int port = freePort();
        Process first = startKefu(port);
        String number;
        try {
            awaitReady(port, first);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/cases"))
                    .header("Authorization", "Bearer kefu_demo_mobile_key").header("Content-Type", "application/json")
                    .header("Idempotency-Key", "crash-" + System.nanoTime())
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            Matcher matcher = Pattern.compile("\"number\":\"(KF-\\d{8}-\\d{6})\"").matcher(created.body());
            assertThat(matcher.find()).isTrue();
            number = matcher.group(1);
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process second = startKefu(port);
        try {
            awaitReady(port, second);
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/cases/" + number))
                    .header("Authorization", "Bearer kefu_demo_mobile_key").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains(number, "断电前受理");
        } finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    private Process startKefu(int port) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile(dataDir.getParent(), "kefu-child-", ".log");
        return new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                KefuApplication.class.getName(), "--kefu.data-dir=" + dataDir, "--server.port=" + port,
                "--logging.level.root=WARN"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitReady(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Kefu child JVM is running").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(uri(port, "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Kefu did not become ready within 120 s");
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
