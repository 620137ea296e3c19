package org.kefu.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.kefu.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the survey module may read and do with cases, as the system actor {@code survey} (it checks its own
 * permissions first): the facts of a resolved case it invites the customer for, where to reach the customer,
 * and the follow-up case a low score opens (the closed loop). Like {@link ChatCases}, numbering, timeline,
 * audit and the customer's "accepted" message are the ordinary ones.
 */
@Service
public class FollowUpCases {

    private static final Set<CaseStatus> CLOSED = Set.of(CaseStatus.ARCHIVED, CaseStatus.CANCELLED);

    private final Cases cases;
    private final CaseStore store;
    private final PortalCases portal;
    private final StaffDirectory staff;
    private final OrgUnits units;

    FollowUpCases(Cases cases, CaseStore store, PortalCases portal, StaffDirectory staff, OrgUnits units) {
        this.units = units;
        this.cases = cases;
        this.store = store;
        this.portal = portal;
        this.staff = staff;
    }

    /** A case as the survey module sees it; kind, channel and status are lower_snake_case as in the API. */
    public record Facts(long id, String number, String kind, String channel, String status, long unitId,
                        String owner, Instant resolvedAt) {
    }

    /** Where the customer of a case is reached: the contact given with it first, else the known customer's. */
    public record Contact(String email, String mobile) {
    }

    @Transactional(readOnly = true)
    public Optional<Facts> facts(String number) {
        return store.find(number, DataScope.all()).map(CaseStore.Stored::theCase).map(c -> new Facts(c.id(),
                c.number(), JsonNames.of(c.intake().kind()), JsonNames.of(c.intake().channel()),
                JsonNames.of(c.status()), c.orgUnitId(), c.owner(), c.resolvedAt()));
    }

    @Transactional(readOnly = true)
    public Optional<Contact> contactOf(String number) {
        return portal.contactsOf(number).map(c -> new Contact(c.email(), c.mobile()));
    }

    /**
     * Opens a service request following up {@code originalNumber} for the same customer, owned by
     * {@code assignee} (a user who works cases; null leaves it to routing in the original's unit), and links
     * it to the original unless that is closed already (a resolved case still takes links). A low score is
     * a reason to call the customer back, not a complaint they made: it must not count in the complaint
     * statistics, so the kind is service_request.
     */
    @Transactional
    public String open(String originalNumber, String assignee, String subject, String text) {
        Case original = store.find(originalNumber, DataScope.all()).map(CaseStore.Stored::theCase)
                .orElseThrow(() -> new NotFoundException("case", originalNumber));
        Optional<Actor> owner = Optional.ofNullable(assignee).flatMap(staff::actorOf)
                .filter(a -> a.can(CasesPermissions.WORK));
        long unitId = owner.map(Actor::orgUnitId).orElse(original.orgUnitId());
        String unitCode = units.tree().byId(unitId).map(OrgUnit::code).orElseThrow();
        Actor survey = new Actor(Actor.Type.SYSTEM, "survey", unitId, unitCode, null,
                Set.of(CasesPermissions.READ, CasesPermissions.WORK, CasesPermissions.SUPERVISE), DataScope.all());
        CaseIntake in = original.intake();
        CaseIntake intake = new CaseIntake(CaseKind.SERVICE_REQUEST, in.channel(), in.categoryCode(), subject, text,
                Set.of(), in.customerNumber(), in.contact());
        Case opened = cases.open(intake, null, survey, null).stored().theCase();
        if (owner.isPresent() && !owner.get().id().equals(opened.owner())) {
            cases.reassign(opened.number(), opened.version(), owner.get().id(),
                    "survey follow-up of " + originalNumber, survey);
        }
        if (!CLOSED.contains(original.status())) {
            cases.link(originalNumber, opened.number(), survey);
        }
        return opened.number();
    }
}
