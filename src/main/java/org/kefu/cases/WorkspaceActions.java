package org.kefu.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kefu.platform.Actor;
import org.kefu.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The workspace's actions by name, each taking its inputs from the submitted form: the lifecycle steps
 * (the same names as the API's {@code action}), replies and notes, and regrading. Validation is the
 * API's, so a page and a channel get the same answers.
 */
@Component
class WorkspaceActions {

    /** Actions that are not lifecycle steps and are open while the case is. */
    static final List<String> ALWAYS = List.of("reply", "note", "priority");

    private final Cases cases;

    WorkspaceActions(Cases cases) {
        this.cases = cases;
    }

    void apply(String number, String action, Map<String, String> form, Actor actor) {
        Integer version = version(form.get("version"));
        switch (action) {
            case "reply", "note" -> {
                CaseRequests.Reply reply = new CaseRequests.Reply(form.get("text"), version, "reply".equals(action));
                reply.validate();
                cases.reply(number, version, reply.text().strip(), reply.visibleToCustomer(), actor);
            }
            case "priority" -> {
                CaseRequests.PriorityChange change = new CaseRequests.PriorityChange(form.get("priority"), version,
                        CaseRequests.blankToNull(form.get("reason")));
                Priority to = change.validPriority();
                cases.changePriority(number, version, to, change.reason(), actor);
            }
            default -> {
                CaseRequests.Transition step = new CaseRequests.Transition(action, version, plan(form),
                        CaseRequests.blankToNull(form.get("resolution")), CaseRequests.blankToNull(form.get("summary")),
                        CaseRequests.blankToNull(form.get("reason")));
                cases.transition(number, version, step.validAction(), step.step(), actor);
            }
        }
    }

    /** What the workspace offers: the steps possible in the case's status, then replies and regrading. */
    static List<String> actionsFor(CaseView view, Actor actor) {
        List<String> actions = new ArrayList<>();
        if (!actor.can(CasesPermissions.WORK)) {
            return actions;
        }
        actions.addAll(view.allowedActions());
        if (!List.of("archived", "cancelled").contains(view.status())) {
            actions.addAll(ALWAYS);
        }
        return actions;
    }

    private static CaseRequests.PlanBody plan(Map<String, String> form) {
        if (!form.containsKey("planContent")) {
            return null;
        }
        BigDecimal fee = null;
        String feeText = CaseRequests.blankToNull(form.get("planFee"));
        if (feeText != null) {
            try {
                fee = new BigDecimal(feeText);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("plan.fee", "invalid", "field.invalid");
            }
        }
        return new CaseRequests.PlanBody(form.get("planContent"), CaseRequests.blankToNull(form.get("planMethod")),
                CaseRequests.blankToNull(form.get("planTime")), fee);
    }

    private static Integer version(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "invalid", "field.invalid");
        }
    }
}
