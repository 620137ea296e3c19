package org.kefu.portal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Whether the visitor's session entered the one-time code of a case (and it has not run out): the same check
 * the portal's case page makes, for other modules' portal pages about that case, such as letter downloads.
 */
@Component
public class VerifiedCases {

    private final Clock clock;

    VerifiedCases(Clock clock) {
        this.clock = clock;
    }

    public boolean allows(HttpServletRequest request, String caseNumber) {
        return CaseAccess.allows(request, caseNumber, clock.instant());
    }
}
