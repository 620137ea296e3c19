package org.kefu.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.kefu.platform.Actor;

/**
 * One entry of the audit trail as readers see it.
 *
 * @param summary  the sanitised description of the change, a JSON object
 * @param chainSeq position in the hash chain; null until the chainer has linked the entry (within a second)
 */
public record AuditEntry(long id, Instant occurredAt, Actor.Type actorType, String actorId, Long orgUnitId,
                         String orgUnitCode, String ip, String action, String entityType, String entityId,
                         @JsonRawValue String summary, String reason, AuditOutcome outcome, String requestId,
                         Long chainSeq) {
}
