package org.kefu.survey;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which template a resolved case gets: the enabled rule for its kind and exact channel, else the one for its
 * kind on any channel; only active templates. No rule, no survey.
 */
@Component
class SurveyRules {

    private final JdbcClient jdbc;

    SurveyRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> templateFor(String kind, String channel) {
        return jdbc.sql("select r.template_id from survey_rule r join survey_template t on t.id = r.template_id"
                        + " where r.enabled and t.active and r.case_kind = ? and (r.channel = ? or r.channel is null)"
                        + " order by r.channel nulls last limit 1").params(kind, channel)
                .query(Long.class).optional();
    }
}
