package org.kefu.survey;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.kefu.cases.CasesPermissions;
import org.kefu.cases.FollowUpCases;
import org.kefu.identity.OrgTree;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed loop: a response whose overall score (or, for a template without an overall question, its
 * lowest Likert answer) is at or below {@code kefu.survey.follow-up-at-or-below} opens a follow-up case,
 * linked to the original, for the original owner's line manager (the first of {@link StaffDirectory#managersOf}
 * who can sign in), else the first supervisor of the case's unit or the nearest unit above. Once per
 * response: the response row is locked and records the follow-up in the same transaction, so a retry finds it.
 */
@Service
class LowScoreLoop {

    private final JdbcClient jdbc;
    private final FollowUpCases cases;
    private final StaffDirectory staff;
    private final OrgUnits units;
    private final SurveyProperties properties;
    private final ApplicationEventPublisher events;

    LowScoreLoop(JdbcClient jdbc, FollowUpCases cases, StaffDirectory staff, OrgUnits units,
                 SurveyProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.staff = staff;
        this.units = units;
        this.properties = properties;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(SurveyAnswered answered) {
        followUp(answered.responseId());
    }

    /** The follow-up case's number, opened now or earlier; empty if the score does not call for one. */
    @Transactional
    Optional<String> followUp(long responseId) {
        Optional<String> earlier = jdbc.sql("select follow_up_case from survey_response where id = ? for update")
                .param(responseId).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(o -> o);
        if (earlier.isPresent()) {
            return earlier;
        }
        OptionalInt score = decisiveScore(responseId);
        if (score.isEmpty() || score.getAsInt() > properties.followUpAtOrBelow()) {
            return Optional.empty();
        }
        String original = jdbc.sql("select i.case_number from survey_response r join survey_invitation i"
                + " on i.id = r.invitation_id where r.id = ?").param(responseId).query(String.class).single();
        FollowUpCases.Facts facts = cases.facts(original).orElseThrow();
        String assignee = assignee(facts).orElse(null);
        String number = cases.open(original, assignee, "满意度回访低分跟进 / Low survey score follow-up: " + original,
                "客户对工单 " + original + " 的满意度评分为 " + score.getAsInt() + " 分（满分 5 分），请回访客户并跟进改进。"
                        + "\nThe customer rated case " + original + " " + score.getAsInt()
                        + " of 5: call them back and follow up.");
        jdbc.sql("update survey_response set follow_up_case = ? where id = ?").params(number, responseId).update();
        events.publishEvent(new SurveyFollowUpOpened(original, responseId, score.getAsInt(), number, assignee));
        return Optional.of(number);
    }

    /** The overall Likert answer; without an overall question, the lowest Likert answer. */
    private OptionalInt decisiveScore(long responseId) {
        List<Integer> overall = jdbc.sql("select a.score from survey_answer a join survey_question q on q.id ="
                + " a.question_id where a.response_id = ? and q.type = 'likert' and q.indicator = 'overall'"
                + " order by q.position").param(responseId).query(Integer.class).list();
        if (!overall.isEmpty()) {
            return OptionalInt.of(overall.get(0));
        }
        boolean templateHasOverall = jdbc.sql("select exists (select 1 from survey_response r join survey_question q"
                + " on q.template_id = r.template_id where r.id = ? and q.type = 'likert' and q.indicator = 'overall')")
                .param(responseId).query(Boolean.class).single();
        if (templateHasOverall) {
            return OptionalInt.empty(); // overall was optional and left out: no score to act on
        }
        return jdbc.sql("select a.score from survey_answer a join survey_question q on q.id = a.question_id"
                        + " where a.response_id = ? and q.type = 'likert'").param(responseId).query(Integer.class)
                .list().stream().mapToInt(Integer::intValue).min();
    }

    private Optional<String> assignee(FollowUpCases.Facts facts) {
        if (facts.owner() != null) {
            Optional<String> manager = staff.managersOf(facts.owner()).stream().sorted()
                    .filter(m -> staff.actorOf(m).isPresent()).findFirst();
            if (manager.isPresent()) {
                return manager;
            }
        }
        OrgTree tree = units.tree();
        Optional<OrgUnit> unit = tree.byId(facts.unitId());
        while (unit.isPresent()) {
            List<String> supervisors = staff.activeHoldersOf(unit.get().id(), CasesPermissions.SUPERVISE);
            if (!supervisors.isEmpty()) {
                return Optional.of(supervisors.get(0));
            }
            unit = tree.byId(unit.get().parentId());
        }
        return Optional.empty();
    }
}
