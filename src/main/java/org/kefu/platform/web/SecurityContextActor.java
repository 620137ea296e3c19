package org.kefu.platform.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.DataScope;
import org.kefu.platform.PlatformPermissions;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The actor as far as Spring Security alone can tell: a name and permissions, no organisation unit, so
 * a scope of everything or nothing. The identity module replaces it with a {@code @Primary} bean that
 * knows users' units.
 */
@Component
class SecurityContextActor implements CurrentActor {

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String ip = clientAddress();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Actor(ip == null ? Actor.Type.SYSTEM : Actor.Type.ANONYMOUS,
                    ip == null ? "system" : "anonymous", null, null, ip, Set.of(),
                    ip == null ? DataScope.all() : DataScope.nothing());
        }
        Set<String> permissions = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        DataScope scope = permissions.contains(PlatformPermissions.DATA_SCOPE_GLOBAL) ? DataScope.all() : DataScope.nothing();
        return new Actor(Actor.Type.USER, authentication.getName(), null, null, ip, permissions, scope);
    }

    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
