package org.kefu.customer;

import java.util.Optional;
import java.util.Set;

import org.kefu.platform.DataScope;

/**
 * What an agent sees of the customer beside a case (R2.1): who it is, masked, and what kind of
 * relationship the bank has with them, so the answer fits the customer. Within the caller's scope.
 */
public interface CustomerPanel {

    Optional<Summary> summary(String customerNumber, DataScope scope);

    /** Personal data masked per JR/T 0171; segment, tier, stage and risk preference as stored. */
    record Summary(String number, String name, String mobile, String email, String customerType,
                   String riskPreference, String segment, String valueTier, String lifecycleStage,
                   String relationshipManager, String orgUnitCode, Set<String> tags, boolean erased) {
    }
}
