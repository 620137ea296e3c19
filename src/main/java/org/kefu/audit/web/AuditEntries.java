package org.kefu.audit.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.kefu.audit.AuditEntry;
import org.kefu.audit.AuditOutcome;
import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the trail for people. Every query is limited to the reader's data scope on the entry's
 * organisation unit; entries without one (Kefu itself, anonymous callers) match only a global scope.
 */
@Repository
class AuditEntries {

    static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurred_at", "action", "action",
            "actor", "actor_id", "entityType", "entity_type");
    private static final String COLUMNS = "id, occurred_at, actor_type, actor_id, org_unit_id, org_unit_code, ip,"
            + " action, entity_type, entity_id, summary, reason, outcome, request_id, chain_seq";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    AuditEntries(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        // PostgreSQL streams a result only with a fetch size inside a transaction; otherwise it buffers it all.
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(500);
        this.streaming = JdbcClient.create(fetching);
        this.readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
    }

    PageResult<AuditEntry> page(AuditFilter filter, DataScope scope, PageQuery page) {
        Where where = where(filter, scope);
        List<AuditEntry> items = jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql
                        + page.sqlTail(SORTABLE, "id desc"))
                .params(where.params).query(AuditEntries::map).list();
        return PageResult.of(items, page, count(filter, scope));
    }

    long count(AuditFilter filter, DataScope scope) {
        Where where = where(filter, scope);
        return jdbc.sql("select count(*) from audit_entry" + where.sql).params(where.params).query(Long.class).single();
    }

    Optional<AuditEntry> find(long id, DataScope scope) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where id = ? and " + scope.sql("org_unit_id"))
                .params(id, scope.sqlArgument()).query(AuditEntries::map).optional();
    }

    /** Hands over up to {@code limit} entries, newest first, without holding them all in memory. */
    void forEach(AuditFilter filter, DataScope scope, int limit, Consumer<AuditEntry> consumer) {
        Where where = where(filter, scope);
        readOnly.executeWithoutResult(status -> streaming.sql("select " + COLUMNS + " from audit_entry" + where.sql
                        + " order by occurred_at desc, id desc limit " + limit)
                .params(where.params).query(rs -> {
                    consumer.accept(map(rs, 0));
                }));
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(AuditFilter filter, DataScope scope) {
        StringBuilder sql = new StringBuilder(" where ").append(scope.sql("org_unit_id"));
        List<Object> params = new ArrayList<>();
        params.add(scope.sqlArgument());
        condition(sql, params, "occurred_at >= ?", utc(filter.from()));
        condition(sql, params, "occurred_at < ?", utc(filter.to()));
        condition(sql, params, "actor_id = ?", filter.actorId());
        condition(sql, params, "org_unit_code = ?", filter.unitCode());
        String action = filter.action();
        if (action != null && action.endsWith("*")) {
            String prefix = action.substring(0, action.length() - 1).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            condition(sql, params, "action like ?", prefix + "%");
        } else {
            condition(sql, params, "action = ?", action);
        }
        condition(sql, params, "entity_type = ?", filter.entityType());
        condition(sql, params, "entity_id = ?", filter.entityId());
        condition(sql, params, "outcome = ?", filter.outcome() == null ? null : filter.outcome().name());
        return new Where(sql.toString(), params);
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                Actor.Type.valueOf(rs.getString("actor_type")), rs.getString("actor_id"),
                rs.getObject("org_unit_id", Long.class), rs.getString("org_unit_code"), rs.getString("ip"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("summary"), rs.getString("reason"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("request_id"), rs.getObject("chain_seq", Long.class));
    }
}
