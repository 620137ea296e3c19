package org.kefu.complaint;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kefu.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complaint coding lists (channel, business, cause): read with complaint.read, changed with
 * complaint.codes.manage. Codes are never deleted; {@code active:false} deactivates one.
 */
@RestController
@RequestMapping("/api/v1/complaint-codes")
@Tag(name = "Complaint codes", description = "Coding lists and their CSV (complaint.read, complaint.codes.manage)")
class ComplaintCodesApi {

    private final ComplaintCodes codes;
    private final CurrentActor actor;

    ComplaintCodesApi(ComplaintCodes codes, CurrentActor actor) {
        this.codes = codes;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "All codes of all lists, with their active and verified flags")
    List<ComplaintCodeStore.Code> all() {
        return codes.all();
    }

    @PostMapping
    @Operation(summary = "Create a code (dimension, code, parentCode, nameZh, nameEn, position, active, verified, note)")
    ResponseEntity<ComplaintCodeStore.Code> create(@RequestBody ComplaintCodes.Submitted body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(codes.create(body, actor.get()));
    }

    @PutMapping("/{dimension}/{code}")
    @Operation(summary = "Edit or deactivate a code; send the version you read (409 if it changed)")
    ComplaintCodeStore.Code update(@PathVariable String dimension, @PathVariable String code,
                                   @RequestBody ComplaintCodes.Submitted body) {
        return codes.update(dimension, code, body, actor.get());
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "All codes as CSV (UTF-8 with BOM): " + ComplaintCodeCsv.HEADER)
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"complaint-codes.csv\"").body(codes.export());
    }

    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import codes from CSV, all or nothing; faults are named row[line].column")
    Map<String, Integer> importCsv(@RequestBody String csv) {
        return Map.of("rows", codes.importCsv(csv, actor.get()));
    }
}
