package org.kefu.audit.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The anchor table: one row per archive. */
@Repository
class Archives {

    private static final Map<String, String> SORTABLE = Map.of("archivedAt", "archived_at", "lastSeq", "chain_seq");
    private static final String COLUMNS = "id, file_name, first_seq, chain_seq, entries, chain_hash, cutoff,"
            + " file_sha256, reason, archived_by, archived_at";

    private final JdbcClient jdbc;

    Archives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, long firstSeq, long lastSeq, long entries, String lastChainHash, LocalDate cutoff,
                String fileSha256, String reason, String archivedBy) {
        return jdbc.sql("insert into audit_chain_anchor (file_name, first_seq, chain_seq, entries, chain_hash, cutoff,"
                        + " file_sha256, reason, archived_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(fileName, firstSeq, lastSeq, entries, lastChainHash, cutoff, fileSha256, reason, archivedBy)
                .query(Long.class).single();
    }

    Optional<Archive> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from audit_chain_anchor where id = ?").param(id)
                .query(Archives::map).optional();
    }

    PageResult<Archive> list(PageQuery page) {
        var items = jdbc.sql("select " + COLUMNS + " from audit_chain_anchor" + page.sqlTail(SORTABLE, "id desc"))
                .query(Archives::map).list();
        long total = jdbc.sql("select count(*) from audit_chain_anchor").query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    private static Archive map(ResultSet rs, int row) throws SQLException {
        return new Archive(rs.getLong("id"), rs.getString("file_name"), rs.getLong("first_seq"),
                rs.getLong("chain_seq"), rs.getLong("entries"), rs.getString("chain_hash"),
                rs.getObject("cutoff", LocalDate.class), rs.getString("file_sha256"), rs.getString("reason"),
                rs.getString("archived_by"), rs.getObject("archived_at", OffsetDateTime.class).toInstant());
    }
}
