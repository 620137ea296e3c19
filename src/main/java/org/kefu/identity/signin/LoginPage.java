package org.kefu.identity.signin;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form. Spring Security processes its POST; errors come back as {@code ?error=...}. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)
                && !(current instanceof PartialSignIn)) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", "locked".equals(error) ? "signin.error.locked"
                    : "rate".equals(error) ? "signin.error.rate" : "signin.error.bad");
        }
        return "signin/login";
    }
}
