package org.kefu.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kefu.cases.CaseChannel;
import org.kefu.cases.CaseKind;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which template a resolved case gets (read: survey.read; set: survey.manage). Setting a rule for a kind and
 * channel (null = any) replaces the one there; a disabled rule sends nothing.
 */
@RestController
@Tag(name = "Survey templates")
class SurveyRulesApi {

    record Rule(String caseKind, String channel, Long templateId, Boolean enabled) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SurveyRulesApi(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @GetMapping("/api/v1/survey-rules")
    @Operation(summary = "Every rule: case kind, channel (null = any), template, enabled")
    List<Rule> list() {
        return jdbc.sql("select case_kind, channel, template_id, enabled from survey_rule"
                        + " order by case_kind, channel nulls first")
                .query((rs, n) -> new Rule(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4))).list();
    }

    @PutMapping("/api/v1/survey-rules")
    @Operation(summary = "Set the rule of a case kind and channel (null = any channel)")
    @Transactional
    Rule set(@RequestBody Rule rule) {
        List<FieldViolation> v = new ArrayList<>();
        if (!known(rule.caseKind(), CaseKind.values())) {
            v.add(new FieldViolation("caseKind", "invalid", "survey.field.kind"));
        }
        if (rule.channel() != null && !known(rule.channel(), CaseChannel.values())) {
            v.add(new FieldViolation("channel", "invalid", "survey.field.channel"));
        }
        if (rule.templateId() == null || jdbc.sql("select count(*) from survey_template where id = ?")
                .param(rule.templateId()).query(Long.class).single() == 0) {
            v.add(new FieldViolation("templateId", "not-found", "survey.field.template"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        boolean enabled = rule.enabled() == null || rule.enabled();
        jdbc.sql("delete from survey_rule where case_kind = ? and coalesce(channel, '') = coalesce(?, '')")
                .params(rule.caseKind(), rule.channel()).update();
        jdbc.sql("insert into survey_rule (case_kind, channel, template_id, enabled) values (?, ?, ?, ?)")
                .params(rule.caseKind(), rule.channel(), rule.templateId(), enabled).update();
        events.publishEvent(new SurveyRuleSet(rule.caseKind(), rule.channel(), rule.templateId(), enabled));
        return new Rule(rule.caseKind(), rule.channel(), rule.templateId(), enabled);
    }

    private static boolean known(String value, Enum<?>[] values) {
        return value != null && Arrays.stream(values).anyMatch(e -> e.name().toLowerCase(Locale.ROOT).equals(value));
    }
}
