package org.kefu.cases;

import java.util.List;

import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervisor's view of the units in scope: open cases by unit and status, each worker's load, and
 * the most urgent open cases, oldest first. Only open cases are counted, which keeps it fast however
 * long the archive grows.
 */
@Controller
class CaseSupervision {

    /** The same open statuses routing balances, so the load shown is the load routing sees. */
    private static final String OPEN = " " + CaseStatus.openWorkSql("c.status") + " ";

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;

    CaseSupervision(JdbcClient jdbc, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
    }

    record UnitStatus(String unit, String status, long count) {
    }

    record Load(String owner, long open, long urgent, long waiting) {
    }

    record Urgent(String number, String subject, String priority, String status, String owner, String unit,
                  java.time.Instant createdAt) {
    }

    @GetMapping("/cases/supervision")
    @Transactional(readOnly = true)
    String view(Model model) {
        Actor actor = currentActor.get();
        DataScope scope = actor.scope();
        String from = " from service_case c join org_unit o on o.id = c.org_unit_id where" + OPEN + "and "
                + scope.sql("c.org_unit_id");
        model.addAttribute("byStatus", jdbc.sql("select o.code, c.status, count(*) as n" + from
                + " group by o.code, c.status order by o.code, c.status").param(scope.sqlArgument())
                .query((rs, i) -> new UnitStatus(rs.getString(1), rs.getString(2), rs.getLong(3))).list());
        model.addAttribute("loads", jdbc.sql("select coalesce(c.owner, '') as owner, count(*),"
                + " count(*) filter (where c.priority in ('P1', 'P2')),"
                + " count(*) filter (where c.status like 'waiting%')" + from
                + " group by c.owner order by count(*) desc, c.owner").param(scope.sqlArgument())
                .query((rs, i) -> new Load(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list());
        model.addAttribute("urgent", jdbc.sql("select c.number, c.subject, c.priority, c.status, c.owner, o.code,"
                + " c.created_at" + from + " and c.priority in ('P1', 'P2') order by c.priority, c.created_at limit 20")
                .param(scope.sqlArgument())
                .query((rs, i) -> new Urgent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list());
        return "cases/supervision";
    }
}
