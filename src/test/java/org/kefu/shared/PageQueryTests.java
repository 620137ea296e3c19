package org.kefu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageQueryTests {

    private static final Map<String, String> COLUMNS = Map.of("createdAt", "created_at", "status", "status");

    @Test
    void buildsOrderLimitAndOffsetWithAStableTieBreaker() {
        PageQuery query = new PageQuery(3, 20, List.of(SortOrder.asc("status"), SortOrder.desc("createdAt")));
        assertThat(query.sqlTail(COLUMNS, "id desc"))
                .isEqualTo(" order by status asc, created_at desc, id desc limit 20 offset 60");
    }

    @Test
    void withoutSortOrdersByTheTieBreakerAlone() {
        assertThat(PageQuery.first(5).sqlTail(COLUMNS, "id")).isEqualTo(" order by id limit 5 offset 0");
    }

    @Test
    void neverPutsAnUnmappedPropertyIntoSql() {
        PageQuery query = PageQuery.first(5, SortOrder.asc("1; drop table x"));
        assertThatThrownBy(() -> query.sqlTail(COLUMNS, "id")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSizesOutsideTheConvention() {
        assertThatThrownBy(() -> new PageQuery(0, 201, List.of())).hasMessageContaining("200");
        assertThatThrownBy(() -> new PageQuery(-1, 20, List.of())).hasMessageContaining("page");
    }

    @Test
    void pageResultCountsPages() {
        PageResult<String> result = PageResult.of(List.of("a", "b"), new PageQuery(1, 2, List.of()), 5);
        assertThat(result.totalPages()).isEqualTo(3);
        assertThat(result.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
