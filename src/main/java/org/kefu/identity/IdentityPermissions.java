package org.kefu.identity;

/** Permissions the identity module checks. Roles are granted them in the database, never in code. */
public final class IdentityPermissions {

    public static final String USERS_MANAGE = "identity.users.manage";
    public static final String ORG_UNITS_MANAGE = "identity.org-units.manage";
    public static final String ORG_UNITS_READ = "identity.org-units.read";
    public static final String API_CLIENTS_MANAGE = "identity.api-clients.manage";

    private IdentityPermissions() {
    }
}
