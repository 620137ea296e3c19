package org.kefu.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One page of a list, as every list in Kefu asks for it: {@code page} (from 0), {@code size}
 * (1..{@value #MAX_SIZE}) and {@code sort} orders on properties the list allows.
 */
public record PageQuery(int page, int size, List<SortOrder> sort) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        sort = List.copyOf(sort);
    }

    public static PageQuery first(int size, SortOrder... sort) {
        return new PageQuery(0, size, List.of(sort));
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * The SQL {@code order by ... limit ... offset ...} tail of this page. Sort properties are mapped to
     * columns through {@code columns}, so a caller's text never reaches the SQL; {@code tieBreaker}
     * (a unique column) keeps pages stable when sort values repeat.
     */
    public String sqlTail(Map<String, String> columns, String tieBreaker) {
        String orderBy = sort.stream()
                .map(order -> {
                    String column = columns.get(order.property());
                    if (column == null) {
                        throw new IllegalArgumentException("No column for sort property " + order.property());
                    }
                    return column + (order.ascending() ? " asc" : " desc");
                })
                .collect(Collectors.joining(", "));
        String tail = orderBy.isEmpty() ? tieBreaker : orderBy + ", " + tieBreaker;
        return " order by " + tail + " limit " + size + " offset " + offset();
    }
}
