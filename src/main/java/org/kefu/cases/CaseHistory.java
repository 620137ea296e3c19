package org.kefu.cases;

import java.util.List;

import org.kefu.customer.InteractionHistory;
import org.kefu.platform.DataScope;
import org.springframework.stereotype.Component;

/** The customer's cases on their profile: number, kind and status, never the description (it may hold personal data). */
@Component
class CaseHistory implements InteractionHistory {

    private final Cases cases;

    CaseHistory(Cases cases) {
        this.cases = cases;
    }

    @Override
    public List<Interaction> of(String customerNumber, DataScope scope, int limit) {
        return cases.ofCustomer(customerNumber, scope, limit).stream()
                .map(s -> new Interaction(s.theCase().createdAt(), "cases.case", s.theCase().number(),
                        JsonNames.of(s.theCase().intake().kind()) + " · " + JsonNames.of(s.theCase().status()),
                        "/cases/" + s.theCase().number()))
                .toList();
    }
}
