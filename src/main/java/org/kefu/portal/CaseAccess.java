package org.kefu.portal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a correct one-time code grants: this session may see this one case until {@code until}. Held in
 * the (database-backed) session; the session id changes when it is granted, so an id planted before
 * (session fixation) is worth nothing afterwards.
 */
record CaseAccess(String caseNumber, Instant until) implements Serializable {

    static final String ATTRIBUTE = "kefu.portal.case-access";

    static void grant(HttpServletRequest request, CaseAccess access) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, access);
    }

    static boolean allows(HttpServletRequest request, String caseNumber, Instant now) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof CaseAccess access
                && access.caseNumber().equals(caseNumber) && now.isBefore(access.until());
    }

    /** Leaves the rest of the session alone: a staff member signed in in the same browser stays signed in. */
    static void revoke(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
