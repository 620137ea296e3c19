package org.kefu.customer;

import java.util.Optional;

import org.kefu.platform.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerPanel} from the masked view the module shows everywhere else. */
@Component
class CustomerPanels implements CustomerPanel {

    private final CustomerStore store;

    CustomerPanels(CustomerStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summary(String customerNumber, DataScope scope) {
        return store.find(customerNumber, scope).map(MaskedCustomer::of).map(c -> new Summary(c.number(), c.name(),
                c.mobile(), c.email(), name(c.customerType()), name(c.riskPreference()), c.segment(), c.valueTier(),
                name(c.lifecycleStage()), c.relationshipManager(), c.orgUnitCode(), c.tags(), c.erased()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
