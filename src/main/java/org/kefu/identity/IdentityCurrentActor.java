package org.kefu.identity;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.kefu.identity.apiclient.ApiClientPrincipal;
import org.kefu.identity.signin.StaffAccount;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.DataScope;
import org.kefu.platform.PlatformPermissions;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.security.authentication.AnonymousAuthenticationToken;

/**
 * The actor of the current request with their organisation unit and data scope, computed afresh from
 * the (cached) tree so that a move of a unit takes effect without signing in again.
 */
@Primary
@Component
class IdentityCurrentActor implements CurrentActor {

    private final OrgUnits orgUnits;

    IdentityCurrentActor(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String ip = clientAddress();
        if (authentication instanceof org.kefu.identity.signin.PartialSignIn) {
            // Half-way through the second factor is not signed in: no unit, no scope.
            return new Actor(Actor.Type.ANONYMOUS, "anonymous", null, null, ip, Set.of(), DataScope.nothing());
        }
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof StaffAccount staff && authentication.isAuthenticated()) {
            return actor(Actor.Type.USER, staff.getUsername(), staff.orgUnitId(), ip, authorities(authentication));
        }
        if (principal instanceof ApiClientPrincipal client) {
            return actor(Actor.Type.API_CLIENT, client.name(), client.orgUnitId(), ip, client.permissions());
        }
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            // Another kind of principal (a test's user, a future SSO): permissions, but no unit of ours.
            Set<String> permissions = authorities(authentication);
            return new Actor(Actor.Type.USER, authentication.getName(), null, null, ip, permissions,
                    permissions.contains(PlatformPermissions.DATA_SCOPE_GLOBAL) ? DataScope.all() : DataScope.nothing());
        }
        if (ip == null) {
            return Actor.system();
        }
        return new Actor(Actor.Type.ANONYMOUS, "anonymous", null, null, ip, Set.of(), DataScope.nothing());
    }

    private Actor actor(Actor.Type type, String id, long unitId, String ip, Set<String> permissions) {
        OrgTree tree = orgUnits.tree();
        String unitCode = tree.byId(unitId).map(OrgUnit::code).orElse(null);
        DataScope scope = tree.scopeOf(unitId, permissions.contains(PlatformPermissions.DATA_SCOPE_GLOBAL));
        return new Actor(type, id, unitId, unitCode, ip, permissions, scope);
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
