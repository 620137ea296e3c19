package org.kefu.platform.crypto;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kefu.platform.FieldCipher;
import org.kefu.platform.NotFoundException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: which keys protect personal data, and moving it to the active key. */
@RestController
@RequestMapping("/api/v1/admin/crypto")
@Tag(name = "Encryption keys", description = "Key ring and re-encryption of personal data (platform.crypto.manage)")
class KeyAdministrationApi {

    private final FieldCipher cipher;
    private final ReEncryption reEncryption;
    private final ReEncryptionJobs jobs;

    KeyAdministrationApi(FieldCipher cipher, ReEncryption reEncryption, ReEncryptionJobs jobs) {
        this.cipher = cipher;
        this.reEncryption = reEncryption;
        this.jobs = jobs;
    }

    record Keys(String activeKeyId, List<KeyView> keys) {
    }

    /** {@code batchSize}: values per database round trip (default 500). */
    record ReEncryptionRequest(@NotBlank @Size(max = 500) String reason, @Min(1) @Max(10_000) Integer batchSize) {

        int batchSizeOrDefault() {
            return batchSize == null ? 500 : batchSize;
        }
    }

    @GetMapping("/keys")
    @Operation(summary = "List key ids (never key material) with the number of stored values each protects")
    Keys keys() {
        return new Keys(cipher.activeKeyId(), reEncryption.keys());
    }

    @PostMapping("/re-encryptions")
    @Operation(summary = "Start re-encrypting every stored value that is not under the active key")
    ResponseEntity<ReEncryptionJob> start(@Valid @RequestBody ReEncryptionRequest request, Principal principal) {
        ReEncryptionJob job = reEncryption.start(request.batchSizeOrDefault(), request.reason().strip(),
                principal.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/crypto/re-encryptions/" + job.id()))
                .body(job);
    }

    @GetMapping("/re-encryptions")
    @Operation(summary = "Re-encryption runs, newest first; sortable by createdAt and status")
    PageResult<ReEncryptionJob> list(@PageDefaults(sortable = {"createdAt", "status"}, sort = "createdAt,desc")
                                     PageQuery page) {
        return jobs.list(page);
    }

    @GetMapping("/re-encryptions/{id}")
    @Operation(summary = "One re-encryption run with its progress")
    ReEncryptionJob job(@PathVariable long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("re-encryption", id));
    }
}
