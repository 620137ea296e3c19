package org.kefu.customer;

import java.util.Map;

import org.kefu.platform.AuditableEvent;

/**
 * What the audit trail records about customers. Summaries name fields and units, never values: the trail
 * must not become a second copy of the personal data.
 */
record CustomerEvent(String action, String entityId, Map<String, Object> summary, String reason)
        implements AuditableEvent {

    static CustomerEvent created(String number, String unit) {
        return new CustomerEvent("customer.created", number, Map.of("unit", unit), null);
    }

    static CustomerEvent changed(String number, String unit) {
        return new CustomerEvent("customer.changed", number, Map.of("unit", unit), null);
    }

    static CustomerEvent unmasked(String number, RevealableField field, String reason) {
        return new CustomerEvent("customer.unmasked", number, Map.of("field", field.name()), reason);
    }

    static CustomerEvent erased(String number) {
        return new CustomerEvent("customer.erased", number, Map.of(), null);
    }

    @Override
    public String entityType() {
        return "customer";
    }
}
