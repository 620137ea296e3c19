package org.kefu.platform.web;

import java.util.List;

import org.kefu.platform.NavigationItem;

/** A top-bar link ({@code link}) or a drop-down ({@code menu} and its {@code items}), as the layout shows them. */
public record NavigationEntry(NavigationItem link, String menu, List<NavigationItem> items) {

    /** Whether the page at {@code path} is one of the menu's: the drop-down shows as active. */
    public boolean contains(String path) {
        return items.stream().anyMatch(item -> item.href().equals(path));
    }
}
