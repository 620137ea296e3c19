package org.kefu.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list with what a client needs to page on: the same shape on every list endpoint.
 * {@code totalCapped} is true when a list over millions of rows stopped counting at a cap: there are at
 * least {@code totalItems} (shown as 10000+), and {@code totalPages} covers only those.
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages, List<String> sort,
                            boolean totalCapped) {

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long totalItems) {
        return of(items, query, totalItems, false);
    }

    /**
     * A page whose total was counted up to {@code cap + 1} rows at most ({@link #countLimit(long)}): a
     * count above {@code cap} is reported as {@code cap} with {@code totalCapped}.
     */
    public static <T> PageResult<T> capped(List<T> items, PageQuery query, long counted, long cap) {
        return counted > cap ? of(items, query, cap, true) : of(items, query, counted, false);
    }

    /** How many rows to count at most for {@link #capped}: one more than the cap, to know it was passed. */
    public static long countLimit(long cap) {
        return cap + 1;
    }

    private static <T> PageResult<T> of(List<T> items, PageQuery query, long totalItems, boolean capped) {
        int totalPages = (int) ((totalItems + query.size() - 1) / query.size());
        return new PageResult<>(List.copyOf(items), query.page(), query.size(), totalItems, totalPages,
                query.sort().stream().map(SortOrder::toString).toList(), capped);
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages, sort,
                totalCapped);
    }
}
