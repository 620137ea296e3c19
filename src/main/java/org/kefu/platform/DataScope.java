package org.kefu.platform;

import java.util.Collection;
import java.util.Set;

/**
 * The organisation units whose records a caller may see: their own unit and its descendants, or every
 * unit for holders of a head-office-wide permission. Every query that returns business data takes one,
 * so that forgetting the scope is a compile error rather than a leak:
 *
 * <pre>{@code
 * jdbc.sql("select ... from cases c where " + scope.sql("c.org_unit_id")).param(scope.sqlArgument())
 * }</pre>
 */
public final class DataScope {

    private static final DataScope ALL = new DataScope(null);
    private static final DataScope NOTHING = new DataScope(Set.of());

    private final Set<Long> unitIds;

    private DataScope(Set<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public static DataScope all() {
        return ALL;
    }

    public static DataScope nothing() {
        return NOTHING;
    }

    public static DataScope of(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? NOTHING : new DataScope(Set.copyOf(unitIds));
    }

    public boolean isGlobal() {
        return unitIds == null;
    }

    public boolean includes(Long unitId) {
        return unitIds == null || (unitId != null && unitIds.contains(unitId));
    }

    /** The visible unit ids; empty for a global scope (check {@link #isGlobal()} first). */
    public Set<Long> unitIds() {
        return unitIds == null ? Set.of() : unitIds;
    }

    /**
     * A SQL condition restricting {@code column} to this scope, with exactly one positional parameter
     * to bind to {@link #sqlArgument()} (a global scope binds a harmless empty array). The argument is
     * typed {@code Object} so that {@code List.of(scope.sqlArgument())} cannot spread it as varargs.
     */
    public String sql(String column) {
        return unitIds == null ? "(cardinality(?::bigint[]) = 0 or true)" : column + " = any(?::bigint[])";
    }

    public Object sqlArgument() {
        return unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new);
    }

    @Override
    public String toString() {
        return unitIds == null ? "DataScope[all]" : "DataScope" + unitIds;
    }
}
