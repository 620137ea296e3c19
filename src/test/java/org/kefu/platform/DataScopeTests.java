package org.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DataScopeTests {

    @Test
    void aUnitScopeBindsOneArrayParameter() {
        DataScope scope = DataScope.of(Set.of(3L, 5L));
        assertThat(scope.sql("c.org_unit_id")).isEqualTo("c.org_unit_id = any(?::bigint[])");
        assertThat(List.of(scope.sqlArgument())).as("never spread as varargs").hasSize(1);
        assertThat((Long[]) scope.sqlArgument()).containsExactlyInAnyOrder(3L, 5L);
        assertThat(scope.includes(3L)).isTrue();
        assertThat(scope.includes(4L)).isFalse();
        assertThat(scope.includes(null)).isFalse();
    }

    @Test
    void theGlobalScopeStillBindsExactlyOneParameter() {
        DataScope all = DataScope.all();
        assertThat(all.sql("org_unit_id")).containsOnlyOnce("?");
        assertThat(List.of(all.sqlArgument())).hasSize(1);
        assertThat(all.includes(42L)).isTrue();
    }

    @Test
    void anEmptyScopeSeesNothing() {
        assertThat(DataScope.of(Set.of())).isSameAs(DataScope.nothing());
        assertThat(DataScope.nothing().includes(1L)).isFalse();
    }
}
