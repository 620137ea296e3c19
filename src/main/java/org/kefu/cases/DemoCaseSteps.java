package org.kefu.cases;

import java.util.function.Function;

import org.kefu.platform.Actor;

/** Works one demo case up to the stage its script asks for, step by step through {@link Cases}. */
final class DemoCaseSteps {

    /**
     * Where a demo case ends up: a status, or a pending hand-over; QUEUED is a channel case left as opened
     * (in the unit's queue, unless routing found a skilled agent for it).
     */
    enum Stage {
        QUEUED, ACCEPTED, PLANNED, IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_THIRD_PARTY, AWAITING_REVIEW,
        RESOLVED, FOLLOWED_UP, ARCHIVED, REOPENED, CANCELLED, HANDOVER_TO_PERSON, HANDOVER_TO_QUEUE
    }

    private final Cases cases;
    private final CaseGuards guards;
    private final String number;
    private final Actor owner;
    private final Function<String, Actor> actors;
    private int version;

    DemoCaseSteps(Cases cases, CaseGuards guards, String number, Actor owner, Function<String, Actor> actors) {
        this.cases = cases;
        this.guards = guards;
        this.number = number;
        this.owner = owner;
        this.actors = actors;
    }

    void playTo(Stage stage, int openedVersion) {
        version = openedVersion;
        switch (stage) {
            case QUEUED, ACCEPTED -> { }
            case PLANNED -> plan();
            case IN_PROGRESS -> start();
            case WAITING_FOR_CUSTOMER -> {
                start();
                step(CaseAction.WAIT_FOR_CUSTOMER, null);
            }
            case WAITING_FOR_THIRD_PARTY -> {
                start();
                step(CaseAction.WAIT_FOR_THIRD_PARTY, null);
            }
            case AWAITING_REVIEW -> {
                start();
                resolve();
            }
            case RESOLVED -> resolved();
            case FOLLOWED_UP -> followedUp();
            case ARCHIVED -> {
                followedUp();
                version = cases.transition(number, version, CaseAction.ARCHIVE,
                        new Cases.CaseStep(null, null, "已按流程处理完毕，客户满意", null), owner).theCase().version();
            }
            case REOPENED -> {
                resolved();
                step(CaseAction.REOPEN, "客户来电表示问题仍未解决");
            }
            case CANCELLED -> step(CaseAction.CANCEL, "客户来电重复受理");
            case HANDOVER_TO_PERSON -> cases.proposeHandover(number, version, "agent.hd", null,
                    "客户在海淀区，由海淀支行跟进更方便", owner);
            case HANDOVER_TO_QUEUE -> cases.proposeHandover(number, version, null, owner.orgUnitCode(),
                    "本人下周休假，请团队接手", owner);
        }
    }

    private void plan() {
        version = cases.transition(number, version, CaseAction.PLAN, new Cases.CaseStep(
                new CasePlan("核实情况并电话回复客户", "phone", "两个工作日内", null), null, null, null), owner)
                .theCase().version();
    }

    private void start() {
        plan();
        step(CaseAction.START, null);
    }

    private void resolve() {
        version = cases.reply(number, version, "您好，我们已核实您反映的情况，正在处理中。", true, owner).theCase().version();
        guards.satisfyForDemo(cases.find(number, owner).theCase().id(), owner.id());
        version = cases.transition(number, version, CaseAction.RESOLVE,
                new Cases.CaseStep(null, "已核实并按规定处理，已电话告知客户", null, null), owner).theCase().version();
    }

    private void resolved() {
        start();
        resolve();
        CaseStore.Stored now = cases.find(number, owner);
        if (now.theCase().status() == CaseStatus.AWAITING_REVIEW) {
            String reviewer = DemoCases.reviewerFor(owner.id());
            CaseStore.Stored reviewed = cases.review(number, version, true, "处理得当，同意办结", actors.apply(reviewer));
            version = reviewed.theCase().version();
            if (reviewed.theCase().status() == CaseStatus.AWAITING_SIGN_OFF) {
                String signer = reviewer.equals("manager.hq") || owner.id().equals("manager.hq") ? "admin" : "manager.hq";
                version = cases.signOff(number, version, true, "同意", actors.apply(signer)).theCase().version();
            }
        }
    }

    private void followedUp() {
        resolved();
        version = cases.recordContact(number, version, new ContactAttempt(ContactAttempt.Channel.PHONE,
                ContactAttempt.Outcome.CONFIRMED, 5, "客户确认问题已解决，表示满意"), owner).theCase().version();
        step(CaseAction.FOLLOW_UP, null);
    }

    private void step(CaseAction action, String reason) {
        version = cases.transition(number, version, action, new Cases.CaseStep(null, null, null, reason), owner)
                .theCase().version();
    }
}
