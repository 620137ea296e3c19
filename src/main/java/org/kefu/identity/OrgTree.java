package org.kefu.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kefu.platform.DataScope;

/** An immutable snapshot of the organisation tree, for scope computation and display. */
public final class OrgTree {

    private final Map<Long, OrgUnit> byId = new LinkedHashMap<>();
    private final Map<String, OrgUnit> byCode = new LinkedHashMap<>();

    OrgTree(List<OrgUnit> units) {
        units.stream().sorted(Comparator.comparing(OrgUnit::path)).forEach(unit -> {
            byId.put(unit.id(), unit);
            byCode.put(unit.code(), unit);
        });
    }

    public Optional<OrgUnit> byId(Long id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Optional<OrgUnit> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** All units in tree order (parents before children, siblings by path). */
    public List<OrgUnit> units() {
        return new ArrayList<>(byId.values());
    }

    /** The unit and everything below it. */
    public Set<Long> subtreeIds(long unitId) {
        OrgUnit root = byId.get(unitId);
        if (root == null) {
            return Set.of();
        }
        return byId.values().stream().filter(root::isAncestorOrSelfOf).map(OrgUnit::id).collect(Collectors.toSet());
    }

    /** What a member of {@code unitId} may see: the whole tree with a global permission, else the subtree. */
    public DataScope scopeOf(Long unitId, boolean global) {
        if (global) {
            return DataScope.all();
        }
        return unitId == null ? DataScope.nothing() : DataScope.of(subtreeIds(unitId));
    }

    /** The units a scope covers, in tree order. */
    public List<OrgUnit> visible(DataScope scope) {
        return byId.values().stream().filter(unit -> scope.includes(unit.id())).toList();
    }
}
