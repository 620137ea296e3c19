package org.kefu.cases;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case categories each agent handles (agent_skill); routing reads them. */
@Repository
class AgentSkills {

    private final JdbcClient jdbc;

    AgentSkills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(String username) {
        return new TreeSet<>(jdbc.sql("select category_code from agent_skill where username = ?").param(username)
                .query(String.class).list());
    }

    /**
     * Replaces the agent's skills; returns what they were. Two saves for the same agent take turns on a
     * transaction-scoped advisory lock: otherwise both delete, then the second insert collides (500) or one
     * save is silently merged into the other. The caller's transaction must be open.
     */
    Set<String> replace(String username, Set<String> categories) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('agent_skill:' || ?))").param(username)
                .query(Integer.class).single();
        Set<String> before = of(username);
        jdbc.sql("delete from agent_skill where username = ?").param(username).update();
        for (String category : categories) {
            jdbc.sql("insert into agent_skill (username, category_code) values (?, ?)").params(username, category)
                    .update();
        }
        return before;
    }

    /** {@code code} followed by its ancestors' codes; empty for null or an unknown code. */
    List<String> lineage(String code) {
        if (code == null) {
            return List.of();
        }
        return jdbc.sql("with recursive up(code, parent, depth) as (select code, parent, 0 from case_category"
                        + " where code = ? union all select p.code, p.parent, up.depth + 1 from case_category p"
                        + " join up on p.code = up.parent) select code from up order by depth")
                .param(code).query(String.class).list();
    }

    /** Each user with their skills, open cases and when they were last given one. */
    List<RoutingPolicy.Candidate> candidates(List<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        String[] names = usernames.toArray(String[]::new);
        return jdbc.sql("select u.username, coalesce((select array_agg(category_code) from agent_skill s"
                        + " where s.username = u.username), '{}') as skills,"
                        + " (select count(*) from service_case c where c.owner = u.username and "
                        + CaseStatus.openWorkSql("c.status") + ") as open_cases,"
                        + " (select max(c.assigned_at) from service_case c where c.owner = u.username) as last_assigned"
                        + " from unnest(?::text[]) as u(username)")
                .param(names)
                .query((rs, n) -> new RoutingPolicy.Candidate(rs.getString("username"),
                        Set.of((String[]) rs.getArray("skills").getArray()), rs.getInt("open_cases"),
                        rs.getTimestamp("last_assigned") == null ? null : rs.getTimestamp("last_assigned").toInstant()))
                .list();
    }
}
