package org.kefu.audit.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import java.util.UUID;

import org.kefu.audit.AuditPermissions;
import org.kefu.audit.AuditTrail;
import org.kefu.platform.Actor;
import org.kefu.platform.DataScope;
import org.kefu.platform.PlatformPermissions;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Three entries of an entity type no other test uses: one in a Beijing branch, one (failed) in a
 * Shanghai branch, one by Kefu itself without a unit, written in that order.
 */
final class AuditFixture {

    static final long BEIJING = 9101;
    static final long SHANGHAI = 9102;

    final String entityType = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
    final long beijing;
    final long shanghai;
    final long system;

    AuditFixture(AuditTrail trail) {
        beijing = trail.record("case.closed").entity(entityType, "1").summary("count", 1).reason("客户已确认，无异议")
                .actor(staff("li.na", BEIJING, "BJ01")).success();
        shanghai = trail.record("case.reopened").entity(entityType, "2").reason("=HYPERLINK(\"http://evil\")")
                .actor(staff("wang.fang", SHANGHAI, "SH01")).failure();
        system = trail.record("case.escalated").entity(entityType, "1").actor(Actor.system()).success();
    }

    static Actor staff(String id, long unit, String code) {
        return new Actor(Actor.Type.USER, id, unit, code, "10.0.0.8", Set.of(), DataScope.of(Set.of(unit)));
    }

    /** Reads everything: audit.read and the head-office-wide data scope. */
    static RequestPostProcessor headOfficeAuditor(String... more) {
        return user("hq.auditor").authorities(authorities(AuditPermissions.READ, PlatformPermissions.DATA_SCOPE_GLOBAL, more));
    }

    /** audit.read without a global scope: the platform's fallback actor then sees no unit at all. */
    static RequestPostProcessor branchAuditor(String... more) {
        return user("branch.auditor").authorities(authorities(AuditPermissions.READ, null, more));
    }

    private static SimpleGrantedAuthority[] authorities(String first, String second, String... more) {
        java.util.List<SimpleGrantedAuthority> all = new java.util.ArrayList<>();
        all.add(new SimpleGrantedAuthority(first));
        if (second != null) {
            all.add(new SimpleGrantedAuthority(second));
        }
        for (String authority : more) {
            all.add(new SimpleGrantedAuthority(authority));
        }
        return all.toArray(SimpleGrantedAuthority[]::new);
    }
}
