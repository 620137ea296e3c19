package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The upload endpoint's request limit over real HTTP: the API's 1 MB body limit is raised for
 * {@code POST /api/v1/cases/{number}/attachments} only, to 10 MiB + 64 KiB of multipart framing; the
 * file itself may be 10 MiB.
 */
@KefuTest
class CaseAttachmentUploadLimitTests {

    static final long UPLOAD_LIMIT = 10 * 1024 * 1024 + 64 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    ApiClients apiClients;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    String key;
    String number;

    @BeforeEach
    void aChannelThatMayWorkCases() throws Exception {
        key = apiClients.create("upload-" + System.nanoTime() % 1000000, "CHANNEL", "other",
                jdbc.sql("select id from org_unit where code = 'BJ'").query(Long.class).single(), null,
                Set.of(CasesPermissions.READ, CasesPermissions.WORK), "test").key();
        number = CaseFixtures.open(mvc, staff, "agent.bj");
    }

    long attachments() {
        return jdbc.sql("select count(*) from case_attachment_content").query(Long.class).single();
    }

    @Test
    void aFileOfSeveralMegabytesIsAccepted() throws Exception {
        byte[] pdf = pdfOf(5 * 1024 * 1024);
        HttpResponse<String> response = send(multipartBody("statement.pdf", pdf), false);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains(CaseAttachments.sha256(pdf));
    }

    @Test
    void aFileOneByteOverTenMebibytesIsRefusedNamingTheFile() throws Exception {
        long before = attachments();
        HttpResponse<String> response = send(multipartBody("big.pdf", pdfOf(10 * 1024 * 1024 + 1)), false);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("/problems/payload-too-large", "\"field\":\"file\"", "too-large");
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedWithoutAServerError() throws Exception {
        long before = attachments();
        HttpResponse<String> response = send(multipartBody("huge.pdf", pdfOf(12 * 1024 * 1024)), true);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void anOversizeFormUploadIsSentBackToTheCaseNotParsed() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + number + "/attachments"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody("huge.pdf", pdfOf(12 * 1024 * 1024))))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/cases/" + number);
    }

    @Test
    void theFormGuardSendsTheUploaderBackToTheCaseWithAMessage() throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/cases/" + number + "/attachments");
        request.setContent(new byte[(int) UPLOAD_LIMIT + 1]);
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        new CaseAttachmentFormGuard(new CaseAttachmentProperties(org.springframework.util.unit.DataSize.ofMegabytes(10),
                20, 200)).doFilter(request, response, (req, res) -> {
            throw new AssertionError("an oversize form must not reach the application");
        });
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/cases/" + number);
        assertThat(request.getSession().getAttributeNames().asIterator()).toIterable()
                .anySatisfy(name -> assertThat(String.valueOf(request.getSession().getAttribute(name)))
                        .contains("case.attachment.too-large"));
    }

    private static byte[] uncheckedBody(String name, byte[] content) {
        try {
            return multipartBody(name, content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        String answer = headersOnly("/api/v1/cases/" + number + "/attachments", UPLOAD_LIMIT + 1);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("/problems/payload-too-large",
                String.valueOf(UPLOAD_LIMIT));
    }

    @Test
    void everyOtherApiEndpointKeepsTheOneMegabyteLimit() throws Exception {
        String answer = headersOnly("/api/v1/cases/" + number + "/replies", 2 * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("1048576");
    }

    private static byte[] pdfOf(int size) {
        byte[] pdf = new byte[size];
        System.arraycopy(CaseAttachmentSamples.PDF, 0, pdf, 0, CaseAttachmentSamples.PDF.length);
        return pdf;
    }

    private static final String BOUNDARY = "kefu-test-boundary";

    private static byte[] multipartBody(String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> send(byte[] body, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/cases/" + number + "/attachments"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends only the request head declaring {@code length} bytes: the answer must come without the body. */
    private String headersOnly(String path, long length) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The server answers at once but keeps the connection for the body it was promised: read up to the
            // end of the problem document instead of waiting for the connection to close.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && text.strip().endsWith("}")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
