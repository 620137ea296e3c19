package org.kefu.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The portal's own "too many requests" page: 429 with Retry-After, in the customer's language. */
final class PortalErrors {

    private PortalErrors() {
    }

    static String busy(long waitSeconds, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        model.addAttribute("minutes", Math.max(1, (waitSeconds + 59) / 60));
        return "portal/busy";
    }
}
