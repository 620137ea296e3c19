package org.kefu.audit;

import java.time.Clock;
import java.util.regex.Pattern;

import org.kefu.audit.chain.EntryContent;
import org.kefu.platform.Actor;
import org.kefu.platform.AuditableEvent;
import org.kefu.platform.CurrentActor;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Writes the audit trail. Modules that depend on audit call {@link #record(String)}; the others publish
 * an {@link AuditableEvent}, which is recorded here synchronously, in the publisher's thread and
 * transaction: the change and its entry commit or roll back together, and a failure to audit fails
 * the change. Without a transaction the entry is written on its own.
 */
@Service
public class AuditTrail {

    /** The MDC key under which the platform keeps the request id. */
    static final String REQUEST_ID = "requestId";
    private static final Pattern ACTION = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)+");

    private final EntryWriter writer;
    private final CurrentActor currentActor;
    private final Clock clock = Clock.systemUTC();

    AuditTrail(EntryWriter writer, CurrentActor currentActor) {
        this.writer = writer;
        this.currentActor = currentActor;
    }

    /** Starts an entry for {@code action}, a stable dotted name such as {@code case.closed}. */
    public AuditRecord record(String action) {
        return new AuditRecord(this, action);
    }

    /** Records an event now and returns the entry id. */
    public long record(AuditableEvent event) {
        AuditRecord record = record(event.action()).entity(event.entityType(), event.entityId())
                .reason(event.reason());
        if (event.summary() != null) {
            record.summary(event.summary());
        }
        return event.succeeded() ? record.success() : record.failure();
    }

    @EventListener
    void on(AuditableEvent event) {
        record(event);
    }

    long write(AuditRecord record, AuditOutcome outcome) {
        if (!ACTION.matcher(record.action()).matches() || record.action().length() > 100) {
            throw new IllegalArgumentException("An audit action is a lower-case dotted name: " + record.action());
        }
        Actor actor = record.actor() != null ? record.actor() : currentActor.get();
        String actorId = actor.id() != null ? actor.id() : actor.type().name().toLowerCase(java.util.Locale.ROOT);
        return writer.insert(new EntryContent(clock.instant(), actor.type().name(), EntryContent.clean(actorId, 200),
                actor.orgUnitId(), EntryContent.clean(actor.orgUnitCode(), 100), EntryContent.clean(actor.ip(), 64),
                record.action(), EntryContent.clean(record.entityType(), 100),
                EntryContent.clean(record.entityId(), 200), SummarySanitiser.toJson(record.summary()),
                SummarySanitiser.scrub(record.reason(), 2000), outcome.name(),
                EntryContent.clean(MDC.get(REQUEST_ID), 64)));
    }
}
