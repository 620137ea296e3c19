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

    /** Replies, notes and regrading: open while the case is. */
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
            case "handover" -> {
                WorkRequests.Handover h = new WorkRequests.Handover(version, text(form, "toUser"),
                        text(form, "toQueue"), text(form, "reason"));
                h.validate();
                cases.proposeHandover(number, version, h.toUser(), h.toQueue(), h.reason(), actor);
            }
            case "accept_handover", "withdraw_handover", "take" -> {
                new WorkRequests.Answer(version, null).validate(false);
                switch (action) {
                    case "accept_handover" -> cases.acceptHandover(number, version, actor);
                    case "withdraw_handover" -> cases.withdrawHandover(number, version, actor);
                    default -> cases.take(number, version, actor);
                }
            }
            case "decline_handover" -> {
                WorkRequests.Answer answer = new WorkRequests.Answer(version, text(form, "reason"));
                answer.validate(true);
                cases.declineHandover(number, version, answer.reason(), actor);
            }
            case "reassign" -> {
                WorkRequests.Assignment a = new WorkRequests.Assignment(version, text(form, "toUser"),
                        text(form, "reason"));
                a.validate();
                cases.reassign(number, version, a.toUser(), a.reason(), actor);
            }
            case "approve", "reject" -> {
                WorkRequests.Review review = new WorkRequests.Review(version, "approve".equals(action),
                        text(form, "comment"));
                review.validate();
                cases.review(number, version, review.approved(), review.comment(), actor);
            }
            case "sign_off", "reject_sign_off" -> {
                WorkRequests.Review signOff = new WorkRequests.Review(version, "sign_off".equals(action),
                        text(form, "comment"));
                signOff.validate();
                cases.signOff(number, version, signOff.approved(), signOff.comment(), actor);
            }
            case "link" -> {
                WorkRequests.Link link = new WorkRequests.Link(text(form, "otherNumber"));
                link.validate();
                cases.link(number, link.otherNumber(), actor);
            }
            case "merge" -> {
                WorkRequests.Merge merge = new WorkRequests.Merge(version, text(form, "into"));
                merge.validate();
                cases.mergeInto(number, version, merge.into(), actor);
            }
            case "contact" -> {
                ContactAttempt attempt = new WorkRequests.Contact(version, text(form, "channel"),
                        text(form, "outcome"), rating(form.get("rating")), text(form, "note")).validAttempt();
                cases.recordContact(number, version, attempt, actor);
            }
            default -> {
                CaseRequests.Transition step = new CaseRequests.Transition(action, version, plan(form),
                        CaseRequests.blankToNull(form.get("resolution")), CaseRequests.blankToNull(form.get("summary")),
                        CaseRequests.blankToNull(form.get("reason")));
                CaseAction valid = step.validAction(); // checks the version too, before it is unboxed
                cases.transition(number, version, valid, step.step(), actor);
            }
        }
    }

    /**
     * What the workspace offers the actor: a receiver of a pending hand-over may only answer it; otherwise
     * the steps possible in the case's status, then who works it, related cases, contacts, replies and
     * regrading. The service checks each again; this only keeps impossible buttons off the page.
     */
    static List<String> actionsFor(CaseView view, Actor actor) {
        List<String> actions = new ArrayList<>();
        if (!actor.can(CasesPermissions.WORK)) {
            return actions;
        }
        boolean mine = actor.id().equals(view.owner());
        boolean supervises = actor.can(CasesPermissions.SUPERVISE);
        CaseView.Handover handover = view.handover();
        if (handover != null && !mine && (actor.id().equals(handover.toUser())
                || (handover.toQueue() != null && handover.toQueue().equals(actor.orgUnitCode())))) {
            return List.of("accept_handover", "decline_handover");
        }
        boolean signsOff = actor.can(CasesPermissions.SIGN_OFF);
        view.allowedActions().stream().filter(a -> supervises || !REVIEW.contains(a))
                .filter(a -> signsOff || !SIGN_OFF.contains(a)).forEach(actions::add);
        if (List.of("archived", "cancelled").contains(view.status())) {
            return actions;
        }
        if (handover != null && mine) {
            actions.add("withdraw_handover");
        } else if (handover == null && mine) {
            actions.add("handover");
        }
        if (view.owner() == null && view.unit().equals(actor.orgUnitCode())) {
            actions.add("take");
        }
        if (supervises) {
            actions.add("reassign");
        }
        if ("resolved".equals(view.status())) {
            actions.add("contact");
        }
        actions.addAll(List.of("link", "merge"));
        actions.addAll(ALWAYS);
        return actions.stream().distinct().toList();
    }

    private static final List<String> REVIEW = List.of("approve", "reject");
    private static final List<String> SIGN_OFF = List.of("sign_off", "reject_sign_off");

    private static String text(Map<String, String> form, String field) {
        return CaseRequests.blankToNull(form.get(field));
    }

    private static Integer rating(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("rating", "invalid", "cases.field.rating");
        }
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
