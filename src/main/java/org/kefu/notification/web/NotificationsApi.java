package org.kefu.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log for support (notification.read) and delivery receipts from vendors (notification.receipts.write). */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Delivery log and vendor delivery receipts")
class NotificationsApi {

    private final MessageLog log;
    private final Receipts receipts;

    NotificationsApi(MessageLog log, Receipts receipts) {
        this.log = log;
        this.receipts = receipts;
    }

    @GetMapping
    @Operation(summary = "Messages, newest first, with status and failure reason; recipients masked")
    PageResult<MessageView> list(
            @RequestParam(required = false) @Pattern(regexp = "QUEUED|SENT|DELIVERED|FAILED") String status,
            @RequestParam(required = false) @Pattern(regexp = "EMAIL|SMS|APP_PUSH|IN_APP") String channel,
            @RequestParam(required = false) @Size(max = 100) String correlation,
            @PageDefaults(sortable = {"createdAt", "status", "channel"}, sort = "createdAt,desc") PageQuery page) {
        return log.page(new MessageLog.Filter(status, channel, correlation), page);
    }

    /** A vendor's delivery receipt; {@code messageId} is the {@code reference} Kefu sent with the message. */
    record Receipt(@NotNull @Positive Long messageId, @NotNull @Pattern(regexp = "DELIVERED|FAILED") String status,
                   @Size(max = 200) String reason) {
    }

    @PostMapping("/receipts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a vendor's delivery receipt: the message becomes DELIVERED or FAILED")
    void receipt(@Valid @RequestBody Receipt receipt) {
        receipts.record(receipt.messageId(), "DELIVERED".equals(receipt.status()), receipt.reason());
    }
}
