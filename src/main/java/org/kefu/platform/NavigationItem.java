package org.kefu.platform;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown only to users holding
 * {@code requiredAuthority} (null: everyone).
 *
 * @param labelKey message key of the label
 * @param order    position; modules leave gaps of 10
 * @param menu     the drop-down it belongs to ({@link #QUALITY}, {@link #ADMINISTRATION}), null for the top bar:
 *                 sixteen links do not fit one bar, and a supervisor looks for related pages together
 */
public record NavigationItem(String id, String labelKey, String href, int order, String requiredAuthority,
                             String menu) {

    /** Service quality: SLA, escalations, complaint statistics and analysis, satisfaction, assistant figures. */
    public static final String QUALITY = "quality";
    /** Settings and reference data: organisation, users, policies, calendars, code lists, keys. */
    public static final String ADMINISTRATION = "administration";

    public NavigationItem(String id, String labelKey, String href, int order, String requiredAuthority) {
        this(id, labelKey, href, order, requiredAuthority, null);
    }
}
