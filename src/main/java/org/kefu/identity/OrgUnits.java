package org.kefu.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.kefu.platform.AuditableEvent;
import org.kefu.platform.ConflictException;
import org.kefu.platform.DataScope;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Map;

/**
 * The organisation tree: reading it (cached, since every request computes a data scope from it) and
 * changing it. The cache is dropped on every local change and re-read after a few seconds otherwise, so
 * other nodes' changes arrive quickly too.
 */
@Service
public class OrgUnits {

    private static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final String COLUMNS = "id, code, type, parent_id, path, name_zh, name_en, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    private record Snapshot(OrgTree tree, long loadedAt) {
    }

    OrgUnits(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public OrgTree tree() {
        Snapshot current = snapshot.get();
        if (current == null || System.nanoTime() - current.loadedAt > FRESHNESS.toNanos()) {
            current = new Snapshot(new OrgTree(jdbc.sql("select " + COLUMNS + " from org_unit")
                    .query(OrgUnit.class).list()), System.nanoTime());
            snapshot.set(current);
        }
        return current.tree();
    }

    /** A unit the caller may see; 404 otherwise, so that units elsewhere are not revealed. */
    public OrgUnit visible(String code, DataScope scope) {
        return tree().byCode(code).filter(unit -> scope.includes(unit.id()))
                .orElseThrow(() -> new NotFoundException("org unit", code));
    }

    public record UnitCreated(String code, String parentCode, OrgUnitType type) implements AuditableEvent {
        public String action() {
            return "identity.org-unit.created";
        }

        public String entityType() {
            return "org-unit";
        }

        public String entityId() {
            return code;
        }

        public Map<String, Object> summary() {
            return Map.of("parent", String.valueOf(parentCode), "type", type.name());
        }
    }

    public record UnitMoved(String code, String fromParent, String toParent, int unitsMoved) implements AuditableEvent {
        public String action() {
            return "identity.org-unit.moved";
        }

        public String entityType() {
            return "org-unit";
        }

        public String entityId() {
            return code;
        }

        public Map<String, Object> summary() {
            return Map.of("from", fromParent, "to", toParent, "unitsMoved", unitsMoved);
        }
    }

    @Transactional
    public OrgUnit create(String code, OrgUnitType type, String parentCode, String nameZh, String nameEn) {
        OrgTree tree = lockedTree();
        if (tree.byCode(code).isPresent()) {
            throw new InvalidInputException("code", "duplicate", "identity.org-unit.code.taken");
        }
        Optional<OrgUnit> parent = tree.byCode(parentCode);
        if (parentCode != null && parent.isEmpty()) {
            throw new InvalidInputException("parentCode", "invalid", "identity.org-unit.parent.unknown");
        }
        if (!type.mayHangUnder(parent.map(OrgUnit::type).orElse(null))) {
            throw new InvalidInputException("type", "invalid", "identity.org-unit.type.misplaced");
        }
        long id;
        try {
            id = jdbc.sql("insert into org_unit (code, type, parent_id, path, name_zh, name_en)"
                            + " values (?, ?, ?, '', ?, ?) returning id")
                    .params(code, type.name(), parent.map(OrgUnit::id).orElse(null), nameZh, nameEn)
                    .query(Long.class).single();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidInputException("code", "duplicate", "identity.org-unit.code.taken");
        }
        jdbc.sql("update org_unit set path = ? where id = ?")
                .params(parent.map(OrgUnit::path).orElse("/") + id + "/", id).update();
        events.publishEvent(new UnitCreated(code, parentCode, type));
        forgetAfterCommit();
        return readTree().byCode(code).orElseThrow();
    }

    /** Re-parents a unit with its whole subtree, in one statement so no reader sees half a move. */
    @Transactional
    public OrgUnit move(String code, String newParentCode, int expectedVersion) {
        OrgTree tree = lockedTree();
        OrgUnit unit = tree.byCode(code).orElseThrow(() -> new NotFoundException("org unit", code));
        OrgUnit parent = tree.byCode(newParentCode).orElseThrow(() ->
                new InvalidInputException("parentCode", "invalid", "identity.org-unit.parent.unknown"));
        if (unit.isAncestorOrSelfOf(parent)) {
            throw new InvalidInputException("parentCode", "invalid", "identity.org-unit.parent.cycle");
        }
        if (!unit.type().mayHangUnder(parent.type())) {
            throw new InvalidInputException("parentCode", "invalid", "identity.org-unit.type.misplaced");
        }
        int versionBumped = jdbc.sql("update org_unit set parent_id = ?, version = version + 1 where id = ? and version = ?")
                .params(parent.id(), unit.id(), expectedVersion).update();
        if (versionBumped == 0) {
            throw new ConflictException("identity.org-unit.changed");
        }
        String newPath = parent.path() + unit.id() + "/";
        int moved = jdbc.sql("update org_unit set path = ? || substr(path, ?) where path like ?")
                .params(newPath, unit.path().length() + 1, unit.path() + "%").update();
        String oldParent = tree.byId(unit.parentId()).map(OrgUnit::code).orElse("");
        events.publishEvent(new UnitMoved(code, oldParent, parent.code(), moved));
        forgetAfterCommit();
        return readTree().byCode(code).orElseThrow();
    }

    public List<OrgUnit> visibleUnits(DataScope scope) {
        return tree().visible(scope);
    }

    /**
     * Changes to the tree are serialised (a transaction-scoped advisory lock), and each reads the tree
     * afresh under the lock: two crossing moves cannot build a cycle from stale snapshots.
     */
    private OrgTree lockedTree() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('kefu.org_unit'))").query(Object.class).single();
        return readTree();
    }

    private OrgTree readTree() {
        return new OrgTree(jdbc.sql("select " + COLUMNS + " from org_unit").query(OrgUnit.class).list());
    }

    /**
     * The cache is dropped now (this transaction reads its own change) and again when the transaction
     * ends, so that a tree read meanwhile — or a rolled-back change — does not linger.
     */
    private void forgetAfterCommit() {
        snapshot.set(null);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        snapshot.set(null);
                    }
                });
    }
}
