package org.kefu.platform;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown only to users holding
 * {@code requiredAuthority} (null: everyone).
 *
 * @param labelKey message key of the label
 * @param order    position; modules leave gaps of 10
 */
public record NavigationItem(String id, String labelKey, String href, int order, String requiredAuthority) {
}
