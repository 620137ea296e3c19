package org.kefu.customer;

import java.util.Comparator;
import java.util.List;

import org.kefu.platform.DataScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every module's {@link InteractionHistory} merged into one list, newest first. */
@Component
class InteractionTimeline {

    static final int LIMIT = 20;

    private final ObjectProvider<InteractionHistory> histories;

    InteractionTimeline(ObjectProvider<InteractionHistory> histories) {
        this.histories = histories;
    }

    List<InteractionHistory.Interaction> of(String customerNumber, DataScope scope) {
        return histories.orderedStream()
                .flatMap(history -> history.of(customerNumber, scope, LIMIT).stream())
                .sorted(Comparator.comparing(InteractionHistory.Interaction::occurredAt).reversed())
                .limit(LIMIT)
                .toList();
    }
}
