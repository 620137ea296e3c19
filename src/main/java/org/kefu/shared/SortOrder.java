package org.kefu.shared;

/** One sort key of a list: a property the list exposes, and its direction. */
public record SortOrder(String property, boolean ascending) {

    public static SortOrder asc(String property) {
        return new SortOrder(property, true);
    }

    public static SortOrder desc(String property) {
        return new SortOrder(property, false);
    }

    @Override
    public String toString() {
        return property + "," + (ascending ? "asc" : "desc");
    }
}
