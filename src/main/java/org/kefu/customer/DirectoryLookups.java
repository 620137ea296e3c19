package org.kefu.customer;

import java.util.List;
import java.util.Optional;

import org.kefu.platform.DataScope;
import org.kefu.shared.PageQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerDirectory} over the customer store; two matches count as none (ambiguous). */
@Component
class DirectoryLookups implements CustomerDirectory {

    private final CustomerStore store;

    DirectoryLookups(CustomerStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownCustomer> byNumber(String number, DataScope scope) {
        return store.find(number, scope).filter(c -> !c.erased()).map(DirectoryLookups::known);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownCustomer> byIdNumber(String idNumber, DataScope scope) {
        return unique(store.search(new CustomerStore.Criteria(null, null, idNumber), scope, PageQuery.first(2)).items());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownCustomer> byMobile(String mobile, DataScope scope) {
        return unique(store.search(new CustomerStore.Criteria(null, mobile, null), scope, PageQuery.first(2)).items());
    }

    private static Optional<KnownCustomer> unique(List<Customer> found) {
        List<Customer> living = found.stream().filter(c -> !c.erased()).toList();
        return living.size() == 1 ? Optional.of(known(living.get(0))) : Optional.empty();
    }

    private static KnownCustomer known(Customer c) {
        return new KnownCustomer(c.number(), c.mobile(), c.email());
    }
}
