package org.kefu.shared;

import java.util.List;
import java.util.function.Function;

/** A page of a list with what a client needs to page on: the same shape on every list endpoint. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages, List<String> sort) {

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long totalItems) {
        int totalPages = (int) ((totalItems + query.size() - 1) / query.size());
        return new PageResult<>(List.copyOf(items), query.page(), query.size(), totalItems, totalPages,
                query.sort().stream().map(SortOrder::toString).toList());
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages, sort);
    }
}
