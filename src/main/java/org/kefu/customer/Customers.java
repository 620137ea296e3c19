package org.kefu.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.kefu.identity.OrgUnit;
import org.kefu.notification.Notifications;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer records as the actor may see and change them. Reads return {@link MaskedCustomer}s; the only
 * way to a plaintext value is {@link #reveal}, which is audited with its reason.
 */
@Service
class Customers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CustomerStore store;
    private final CustomerRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Notifications notifications;

    Customers(CustomerStore store, CustomerRules rules, ApplicationEventPublisher events, Clock clock,
              Notifications notifications) {
        this.notifications = notifications;
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    MaskedCustomer create(CustomerData data, Actor actor) {
        OrgUnit unit = rules.check(data, actor.scope());
        String number = store.insert(data, unit.id());
        events.publishEvent(CustomerEvent.created(number, unit.code()));
        return visible(number, actor);
    }

    @Transactional
    MaskedCustomer change(String number, CustomerData data, Actor actor) {
        Customer current = find(number, actor);
        if (data.version() == null) {
            throw new InvalidInputException("version", "required", "field.required");
        }
        OrgUnit unit = rules.check(data, actor.scope());
        if (current.erased() || !store.update(current.id(), data, unit.id(), data.version())) {
            throw new ConflictException("customer.changed");
        }
        events.publishEvent(CustomerEvent.changed(number, unit.code()));
        return visible(number, actor);
    }

    @Transactional(readOnly = true)
    MaskedCustomer visible(String number, Actor actor) {
        return MaskedCustomer.of(find(number, actor));
    }

    /** Birthdays, festivals and return visits coming up, as of today in China. */
    @Transactional(readOnly = true)
    List<CareReminder> careReminders(String number, Actor actor) {
        return CareReminder.of(find(number, actor), LocalDate.now(clock.withZone(CHINA)));
    }

    @Transactional(readOnly = true)
    PageResult<MaskedCustomer> search(CustomerStore.Criteria criteria, Actor actor, PageQuery page) {
        return store.search(criteria, actor.scope(), page).map(MaskedCustomer::of);
    }

    /** The plaintext of one field; the audit entry names the field and the reason, never the value. */
    @Transactional
    String reveal(String number, RevealableField field, String reason, Actor actor) {
        Customer customer = find(number, actor);
        if (customer.erased()) {
            throw new ConflictException("customer.already-erased");
        }
        events.publishEvent(CustomerEvent.unmasked(number, field, reason));
        return customer.plaintext(field);
    }

    @Transactional
    void erase(String number, Actor actor) {
        Customer customer = find(number, actor);
        if (customer.erased()) {
            throw new ConflictException("customer.already-erased");
        }
        if (!store.erase(customer.id(), number)) {
            throw new ConflictException("customer.already-erased");
        }
        // Messages to the customer hold the mobile and e-mail too (and what was said): purge them with the
        // record, in the same transaction, so an erasure never leaves a copy in the outbox.
        notifications.forgetRecipient(customer.mobile());
        notifications.forgetRecipient(customer.email());
        events.publishEvent(CustomerEvent.erased(number));
    }

    private Customer find(String number, Actor actor) {
        return store.find(number, actor.scope()).orElseThrow(() -> new NotFoundException("customer", number));
    }
}
