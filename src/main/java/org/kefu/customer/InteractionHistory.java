package org.kefu.customer;

import java.time.Instant;
import java.util.List;

import org.kefu.platform.DataScope;

/**
 * What other modules know happened with a customer (cases, complaints, surveys...), shown on the customer
 * profile. Modules implement it as a bean; the profile merges every bean's items, newest first. This
 * module depends on none of them: they depend on this interface.
 */
public interface InteractionHistory {

    /**
     * The caller's visible interactions with the customer, newest first, at most {@code limit}. The
     * summary is shown as is, so it must not contain unmasked personal data.
     */
    List<Interaction> of(String customerNumber, DataScope scope, int limit);

    /**
     * @param kind     short message key or label of what it was, e.g. {@code cases.case}
     * @param href     where to read more (a page path), or null
     */
    record Interaction(Instant occurredAt, String kind, String reference, String summary, String href) {
    }
}
