package org.kefu.audit.web;

import java.time.Instant;

import org.kefu.audit.AuditOutcome;

/**
 * Which entries a reader asks for; null means "any". {@code from} is inclusive, {@code to} exclusive.
 * An {@code action} ending in {@code *} matches by prefix ({@code crypto.*}).
 */
record AuditFilter(Instant from, Instant to, String actorId, String unitCode, String action, String entityType,
                   String entityId, AuditOutcome outcome) {
}
