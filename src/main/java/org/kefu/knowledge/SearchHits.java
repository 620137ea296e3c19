package org.kefu.knowledge;

import java.util.List;

/** One page of search results, best first, and how many matched in all. */
public record SearchHits(List<ArticleSummary> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }
}
