package org.kefu.platform;

/**
 * A tile on the home page, contributed by a module as a bean: what the module offers and where it is.
 *
 * @param titleKey       message key of the tile's title
 * @param descriptionKey message key of one sentence under the title
 */
public record HomeTile(String id, String titleKey, String descriptionKey, String href, int order,
                       String requiredAuthority) {
}
