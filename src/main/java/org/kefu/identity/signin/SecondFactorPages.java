package org.kefu.identity.signin;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.access.AccessDeniedException;

/**
 * The second step of signing in: a code from the authenticator app (or a recovery code), or — for
 * someone whose permissions demand a second factor and who has none yet — enrolment first.
 */
@Controller
@RequestMapping("/login/totp")
class SecondFactorPages {

    private static final String ENROLLED = "kefu.totpJustEnrolled";

    private final SecondFactors factors;
    private final Totp totp;
    private final SignInCompletion completion;
    private final SignInFailures failures;
    private final StaffAccounts accounts;
    private final PendingTotpSecret pendingSecret;

    SecondFactorPages(SecondFactors factors, Totp totp, SignInCompletion completion, SignInFailures failures,
                      StaffAccounts accounts, PendingTotpSecret pendingSecret) {
        this.accounts = accounts;
        this.pendingSecret = pendingSecret;
        this.factors = factors;
        this.totp = totp;
        this.completion = completion;
        this.failures = failures;
    }

    @GetMapping
    String codeForm(Model model) {
        return partial().mustEnrol() ? "redirect:/login/totp/enrol" : "signin/totp";
    }

    @PostMapping
    void verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PartialSignIn partial = partial();
        if (partial.mustEnrol()) {
            response.sendRedirect(request.getContextPath() + "/login/totp/enrol");
            return;
        }
        long userId = partial.account().userId();
        String digits = code.replace(" ", "");
        if (accounts.isLocked(partial.account().getUsername())) {
            signOutLocked(request, response);
            return;
        }
        if (digits.matches("\\d{6}") ? factors.verifyTotp(userId, digits) : factors.useRecoveryCode(userId, code)) {
            completion.finish(partial.full(), digits.matches("\\d{6}") ? "password+totp" : "password+recovery-code",
                    request, response);
            return;
        }
        rejectCode(partial, request, response);
    }

    /** Enrolment during sign-in is only for someone who must have a second factor and has none. */
    @GetMapping("/enrol")
    String enrolForm(HttpSession session, Model model) {
        PartialSignIn partial = partial();
        if (!partial.mustEnrol()) {
            return "redirect:/login/totp";
        }
        String secret = pendingSecret.getOrCreate(session);
        model.addAttribute("qrCode", totp.qrCode(secret, partial.account().getUsername()));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
        return "signin/totp-enrol";
    }

    @PostMapping("/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        PartialSignIn partial = partial();
        if (!partial.mustEnrol()) {
            return "redirect:/login/totp";
        }
        String secret = pendingSecret.get(session);
        OptionalLong step = secret == null ? OptionalLong.empty() : totp.verify(secret, code.replace(" ", ""), null);
        if (step.isEmpty()) {
            model.addAttribute("codeError", true);
            return enrolForm(session, model);
        }
        Optional<List<String>> enrolled = factors.enrolFirst(partial.account().userId(), secret, step.getAsLong());
        if (enrolled.isEmpty()) {
            return "redirect:/login/totp";
        }
        List<String> recoveryCodes = enrolled.get();
        pendingSecret.clear(session);
        session.setAttribute(ENROLLED, Boolean.TRUE);
        completion.publish(SignInEvent.enrolled(partial.account().getUsername()));
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "signin/recovery-codes";
    }

    /** After reading the recovery codes once, the user continues into Kefu. */
    @PostMapping("/continue")
    void continueAfterEnrolment(HttpSession session, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PartialSignIn partial = partial();
        if (!partial.mustEnrol() || session.getAttribute(ENROLLED) == null) {
            response.sendRedirect(request.getContextPath() + "/login/totp");
            return;
        }
        session.removeAttribute(ENROLLED);
        completion.finish(partial.full(), "password+totp-enrolment", request, response);
    }

    private void rejectCode(PartialSignIn partial, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (failures.countFailedCode(partial.account().getUsername()).isPresent()) {
            signOutLocked(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login/totp?error");
    }

    private static void signOutLocked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        response.sendRedirect(request.getContextPath() + "/login?error=locked");
    }

    private static PartialSignIn partial() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PartialSignIn partial) {
            return partial;
        }
        throw new AccessDeniedException("No sign-in in progress");
    }
}
