package org.kefu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.archive.ArchiveVerification;
import org.kefu.audit.archive.Archiver;
import org.kefu.audit.chain.ChainBreak;
import org.kefu.audit.chain.ChainHash;
import org.kefu.audit.chain.ChainVerification;
import org.kefu.audit.chain.ChainVerifier;
import org.kefu.audit.chain.EntryContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Archiving needs the oldest entries at the start of the chain, which a database shared with other
 * tests cannot promise; this class gets a context and database of its own (the archive directory
 * property makes it distinct) and runs the whole life of a trail in one test.
 */
@KefuTest
@TestPropertySource(properties = {"kefu.audit.archive-dir=target/audit-archive-tests",
        // Archiving takes the oldest entries first: no demo data may be older than the test's own.
        "kefu.demo.enabled=false"})
class AuditArchiveTests {

    private static final Path DIRECTORY = Path.of("target/audit-archive-tests");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    EntryWriter writer;
    @Autowired
    AuditTrail trail;
    @Autowired
    Archiver archiver;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeAll
    static void emptyDirectory() throws IOException {
        if (Files.isDirectory(DIRECTORY)) {
            try (var files = Files.list(DIRECTORY)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    static RequestPostProcessor archivist() {
        return user("archivist").authorities(new SimpleGrantedAuthority(AuditPermissions.ARCHIVE));
    }

    private long[] writeOld(int count, int daysAgo) {
        Instant when = Instant.now().minus(Duration.ofDays(daysAgo));
        return LongStream.range(0, count).map(i -> writer.insert(new EntryContent(when.plusSeconds(i), "USER",
                "old.clerk", 7L, "BJ01", "10.0.0.1", "case.closed", "case", "old-" + daysAgo + "-" + i,
                "{\"n\":" + i + "}", null, "SUCCESS", null))).toArray();
    }

    private JsonNode archive(LocalDate cutoff) throws Exception {
        String body = mvc.perform(post("/api/v1/audit/archives").with(archivist()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cutoff\":\"" + cutoff + "\",\"reason\":\"年度归档\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/audit/archives/")))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    @Test
    void oldEntriesMoveToFilesThatVerifyOnTheirOwnAndTheChainInTheDatabaseStaysIntact() throws Exception {
        StoredEntries entries = new StoredEntries(jdbc, transactionManager);
        long[] oldest = writeOld(5, 400);
        long[] older = writeOld(4, 300);
        long recent = trail.record("case.opened").entity("case", "new").success();
        entries.awaitChained(oldest);
        entries.awaitChained(older);
        entries.awaitChained(recent);
        LocalDate today = LocalDate.now(ZONE);

        JsonNode first = archive(today.minusDays(350));
        assertThat(first.get("entries").asLong()).isEqualTo(5);
        assertThat(first.get("firstSeq").asLong()).isEqualTo(1);
        assertThat(first.get("lastSeq").asLong()).isEqualTo(5);
        assertThat(LongStream.of(oldest).noneMatch(entries::exists)).as("archived rows deleted").isTrue();
        Path firstFile = DIRECTORY.resolve(first.get("fileName").asString());
        List<String> lines = Files.readAllLines(firstFile, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5 + 2);
        assertThat(JSON.readTree(lines.get(0)).get("continuesFromSeq").asLong()).isZero();
        assertThat(JSON.readTree(lines.get(0)).get("continuesFromHash").asString()).isEqualTo(ChainHash.GENESIS);
        assertThat(JSON.readTree(lines.get(1)).get("id").asLong()).isEqualTo(oldest[0]);

        ChainVerification afterFirst = verifier.verify();
        assertThat(afterFirst.intact()).as(String.valueOf(afterFirst.firstBreak())).isTrue();
        assertThat(afterFirst.startSeq()).isEqualTo(5);
        mvc.perform(get("/api/v1/audit/archives/" + first.get("id").asLong() + "/verification").with(archivist()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(5))
                .andExpect(jsonPath("$.lastChainHash").value(first.get("lastChainHash").asString()));

        JsonNode second = archive(today.minusDays(250));
        assertThat(second.get("entries").asLong()).isEqualTo(4);
        Path secondFile = DIRECTORY.resolve(second.get("fileName").asString());
        JsonNode header = JSON.readTree(Files.readAllLines(secondFile).get(0));
        assertThat(header.get("continuesFromSeq").asLong()).isEqualTo(5);
        assertThat(header.get("continuesFromHash").asString()).isEqualTo(first.get("lastChainHash").asString());
        assertThat(archiver.verifyFile(secondFile).intact()).isTrue();
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(entries.exists(recent)).as("younger than the cutoff").isTrue();

        mvc.perform(post("/api/v1/audit/archives").with(archivist()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cutoff\":\"" + today.minusDays(250) + "\",\"reason\":\"again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("/problems/conflict"));
        assertThat(jdbc.sql("select summary from audit_entry where action = 'audit.archive' order by id")
                .query(String.class).list()).hasSize(2).first().asString().contains("\"entries\":5");

        anEditedArchiveNamesTheEntry(firstFile, oldest[2]);
        aShortenedArchiveIsNoticed(firstFile);
        aReplacedFileDoesNotMatchItsAnchor(firstFile, first.get("id").asLong(), secondFile);
    }

    private void anEditedArchiveNamesTheEntry(Path file, long editedId) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(3, lines.get(3).replace("{\\\"n\\\":2}", "{\\\"n\\\":20}"));
        Path edited = Files.write(DIRECTORY.resolve("edited.jsonl"), lines);

        ArchiveVerification result = archiver.verifyFile(edited);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().entryId()).isEqualTo(editedId);
        assertThat(result.firstBreak().problem()).isEqualTo(ChainBreak.Problem.CONTENT_ALTERED);
    }

    private void aShortenedArchiveIsNoticed(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Path shortened = Files.write(DIRECTORY.resolve("shortened.jsonl"), lines.subList(0, lines.size() - 2));
        ArchiveVerification result = archiver.verifyFile(shortened);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().problem()).isEqualTo(ChainBreak.Problem.MISSING_TAIL);
    }

    private void aReplacedFileDoesNotMatchItsAnchor(Path file, long archiveId, Path otherArchive) throws Exception {
        byte[] original = Files.readAllBytes(file);
        try {
            Files.copy(otherArchive, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            mvc.perform(get("/api/v1/audit/archives/" + archiveId + "/verification").with(archivist()))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBreak.problem").value("MALFORMED"));
        } finally {
            Files.write(file, original);
        }
        assertThat(archiver.verify(archiveId).intact()).isTrue();
    }

    @Test
    void aCutoffWithinTheRetentionPeriodIsRefusedNamingTheField() throws Exception {
        LocalDate tooRecent = LocalDate.now(ZONE).minusDays(179);
        mvc.perform(post("/api/v1/audit/archives").with(archivist()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"cutoff\":\"" + tooRecent + "\",\"reason\":\"tidy up\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("cutoff"))
                .andExpect(jsonPath("$.errors[0].code").value("out-of-range"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("must be at least 180 days ago")));
        mvc.perform(post("/api/v1/audit/archives").with(archivist()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cutoff\":\"last year\",\"reason\":\"tidy up\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cutoff"));
        mvc.perform(post("/api/v1/audit/archives").with(archivist()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cutoff\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(jdbc.sql("select count(*) from audit_chain_anchor where reason = 'tidy up'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void archivingNeedsTheArchivePermission() throws Exception {
        mvc.perform(post("/api/v1/audit/archives").with(user("reader").authorities(
                        new SimpleGrantedAuthority(AuditPermissions.READ), new SimpleGrantedAuthority(AuditPermissions.VERIFY)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cutoff\":\"2020-01-01\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/archives").with(archivist())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
    }
}
