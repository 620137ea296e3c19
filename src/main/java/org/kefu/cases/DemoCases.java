package org.kefu.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kefu.customer.CustomerDirectory;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.kefu.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases, so that a newcomer sees a living system: about thirty cases in Beijing, Haidian and Shanghai
 * in every status, with a pending hand-over, complaints awaiting review, linked cases, a merged duplicate
 * and unowned cases in the team queues. Development only, under the same rule as the demo customers, after
 * them, and only into an empty system. Everything goes through {@link Cases}, so timelines, audit entries
 * and customer notifications are the real ones.
 */
@Component
@Order(30)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final boolean enabled;
    private final Cases cases;
    private final CaseStore store;
    private final AgentSkills skills;
    private final StaffDirectory staff;
    private final OrgUnits orgUnits;
    private final CustomerDirectory customers;
    private final TransactionTemplate transaction;
    private final CaseGuards guards;

    DemoCases(DatabaseMode mode, @Value("${kefu.demo.enabled:}") String enabled, Cases cases, CaseStore store,
              AgentSkills skills, StaffDirectory staff, OrgUnits orgUnits, CustomerDirectory customers,
              TransactionTemplate transaction, CaseGuards guards) {
        this.guards = guards;
        // The same rule as the identity module's demo settings: demo cases exactly where demo users are.
        this.enabled = enabled.isBlank() ? mode.isEmbedded() : Boolean.parseBoolean(enabled);
        this.cases = cases;
        this.store = store;
        this.skills = skills;
        this.staff = staff;
        this.orgUnits = orgUnits;
        this.customers = customers;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || staff.actorOf("agent.bj").isEmpty()
                || customers.byNumber("C0000000001", DataScope.all()).isEmpty() || store.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            skills.replace("agent.bj", Set.of("cards", "e-banking"));
            skills.replace("agent.hd", Set.of("loans", "accounts"));
            skills.replace("agent.sh", Set.of("cards", "payments", "e-banking"));
            skills.replace("supervisor.bj", Set.of("fees", "wealth.mis-selling"));
            List<String> numbers = new ArrayList<>();
            for (DemoCaseScripts.Script script : DemoCaseScripts.ALL) {
                numbers.add(play(script));
            }
            Actor agentBj = actor("agent.bj");
            cases.link(numbers.get(5), numbers.get(27), agentBj);
            cases.link(numbers.get(2), numbers.get(8), agentBj);
            String duplicate = play(DemoCaseScripts.DUPLICATE);
            cases.mergeInto(duplicate, 0, numbers.get(3), agentBj);
        });
        log.warn("{} demo cases created (development only)", DemoCaseScripts.ALL.size() + 1);
    }

    private String play(DemoCaseScripts.Script script) {
        Actor actor = script.owner() != null ? actor(script.owner()) : channel(script.unit());
        CustomerDirectory.KnownCustomer customer = customers.byNumber(script.customer(), actor.scope()).orElseThrow();
        CaseIntake intake = new CaseIntake(script.kind(), script.channel(), script.category(), script.subject(),
                script.description(), script.flags(), customer.number(), null);
        CaseStore.Stored opened = cases.open(intake, customer, actor, null).stored();
        String number = opened.theCase().number();
        Actor owner = opened.theCase().owner() == null ? actor : actor(opened.theCase().owner());
        new DemoCaseSteps(cases, guards, number, owner, this::actor).playTo(script.stage(), opened.theCase().version());
        return number;
    }

    private Actor actor(String username) {
        return staff.actorOf(username).orElseThrow();
    }

    /** A channel system of the unit (like the demo mobile app): its cases have no owner until routed. */
    private Actor channel(String unitCode) {
        long unitId = orgUnits.tree().byCode(unitCode).orElseThrow().id();
        return new Actor(Actor.Type.API_CLIENT, "demo-channel", unitId, unitCode, null,
                Set.of(CasesPermissions.CREATE, CasesPermissions.READ), orgUnits.tree().scopeOf(unitId, false));
    }

    /** Reviewers for the demo: never the owner (four eyes), within the case's scope. */
    static String reviewerFor(String owner) {
        return owner.equals("agent.sh") || owner.equals("supervisor.bj") ? "manager.hq" : "supervisor.bj";
    }
}
