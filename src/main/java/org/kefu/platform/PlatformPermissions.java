package org.kefu.platform;

/**
 * Permissions the platform itself checks. Code asks for permissions, never for role names; which roles
 * hold them is the identity module's business.
 */
public final class PlatformPermissions {

    /** List encryption keys and start re-encryption of personal data under the active key. */
    public static final String CRYPTO_MANAGE = "platform.crypto.manage";

    /** See every organisation unit's records (head-office-wide view), not just one's own subtree. */
    public static final String DATA_SCOPE_GLOBAL = "data.scope.global";

    private PlatformPermissions() {
    }
}
