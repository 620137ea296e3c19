package org.kefu.audit.archive;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Archiving old entries out of the database, and checking the archive files (audit.archive). */
@RestController
@RequestMapping("/api/v1/audit/archives")
@Tag(name = "Audit archives", description = "Move entries older than the retention period to files (audit.archive)")
class ArchiveApi {

    private final Archiver archiver;
    private final Archives archives;
    private final CurrentActor actor;
    private final MessageSource messages;

    ArchiveApi(Archiver archiver, Archives archives, CurrentActor actor, MessageSource messages) {
        this.archiver = archiver;
        this.archives = archives;
        this.actor = actor;
        this.messages = messages;
    }

    /** {@code cutoff}: entries that occurred before this day (Kefu's time zone) are archived. */
    record ArchiveRequest(@NotNull LocalDate cutoff, @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @Operation(summary = "Archive the entries older than cutoff to a file, then delete them from the database")
    ResponseEntity<Archive> archive(@Valid @RequestBody ArchiveRequest request) {
        LocalDate latest = archiver.latestAllowedCutoff();
        if (request.cutoff().isAfter(latest)) {
            throw new InvalidInputException("cutoff", "out-of-range", messages.getMessage(
                    "audit.archive.cutoff.too-recent", new Object[] {archiver.retention().toDays(), latest.toString()},
                    LocaleContextHolder.getLocale()));
        }
        Archive archive = archiver.archive(request.cutoff(), request.reason().strip(), actor.get().id());
        return ResponseEntity.created(URI.create("/api/v1/audit/archives/" + archive.id())).body(archive);
    }

    @GetMapping
    @Operation(summary = "Archives, newest first; sortable by archivedAt and lastSeq")
    PageResult<Archive> list(@PageDefaults(sortable = {"archivedAt", "lastSeq"}, sort = "lastSeq,desc") PageQuery page) {
        return archives.list(page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One archive")
    Archive archive(@PathVariable long id) {
        return archives.find(id).orElseThrow(() -> new NotFoundException("audit archive", id));
    }

    @GetMapping("/{id}/verification")
    @Operation(summary = "Verify the archive file on its own and against its anchor")
    ArchiveVerification verify(@PathVariable long id) {
        return archiver.verify(id);
    }
}
