package org.kefu.identity;

import java.util.Locale;

/**
 * A unit of the organisation. {@code path} lists the ids from the head office down to this unit
 * ({@code /1/4/9/}), so a unit's subtree is every unit whose path starts with its own.
 */
public record OrgUnit(long id, String code, OrgUnitType type, Long parentId, String path, String nameZh,
                      String nameEn, int version) {

    public boolean isAncestorOrSelfOf(OrgUnit other) {
        return other.path.startsWith(path);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
