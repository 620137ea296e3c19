package org.kefu.identity.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.identity.signin.PendingTotpSecret;
import org.kefu.identity.signin.SecondFactors;
import org.kefu.identity.signin.SignInCompletion;
import org.kefu.identity.signin.StaffAccount;
import org.kefu.identity.signin.Totp;
import org.kefu.platform.Flash;
import org.kefu.platform.NotFoundException;
import org.kefu.shared.PageQuery;
import org.kefu.shared.SortOrder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.Locale;

/**
 * What every staff member manages for themselves: the sessions open in their name (ending the others),
 * two-step verification, and personal API tokens that can never exceed their own permissions.
 */
@Controller
@RequestMapping("/account")
class AccountPages {


    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SecondFactors factors;
    private final Totp totp;
    private final ApiClients apiClients;
    private final PendingTotpSecret pendingSecret;

    AccountPages(FindByIndexNameSessionRepository<? extends Session> sessions, SecondFactors factors, Totp totp,
                 ApiClients apiClients, PendingTotpSecret pendingSecret) {
        this.pendingSecret = pendingSecret;
        this.sessions = sessions;
        this.factors = factors;
        this.totp = totp;
        this.apiClients = apiClients;
    }

    record SessionView(String id, boolean current, String signedInAt, String address, String userAgent,
                       Instant lastAccessed) {
    }

    @GetMapping
    String account(@AuthenticationPrincipal StaffAccount me, HttpSession current, Model model) {
        List<SessionView> open = sessions.findByPrincipalName(me.getUsername()).values().stream()
                .map(s -> new SessionView(s.getId(), s.getId().equals(current.getId()),
                        s.getAttribute(SignInCompletion.SIGNED_IN_AT), s.getAttribute(SignInCompletion.CLIENT_ADDRESS),
                        s.getAttribute(SignInCompletion.USER_AGENT), s.getLastAccessedTime()))
                .sorted(Comparator.comparing(SessionView::lastAccessed).reversed()).toList();
        model.addAttribute("sessions", open);
        model.addAttribute("me", me);
        model.addAttribute("recoveryCodesLeft", factors.unusedRecoveryCodes(me.userId()));
        model.addAttribute("tokens", apiClients.list(org.kefu.platform.DataScope.all(), me.userId(),
                PageQuery.first(50, SortOrder.desc("createdAt"))).items());
        return "identity/account";
    }

    @PostMapping("/sessions/{id}/end")
    String endSession(@AuthenticationPrincipal StaffAccount me, @PathVariable String id, HttpSession current,
                      RedirectAttributes redirect) {
        Map<String, ? extends Session> mine = sessions.findByPrincipalName(me.getUsername());
        if (!mine.containsKey(id) || id.equals(current.getId())) {
            throw new NotFoundException("session", "of " + me.getUsername());
        }
        sessions.deleteById(id);
        redirect.addFlashAttribute("flash", Flash.success("account.session.ended"));
        return "redirect:/account";
    }

    @GetMapping("/totp")
    String totpForm(@AuthenticationPrincipal StaffAccount me, HttpSession session, Model model) {
        if (me.totpEnabled()) {
            return "redirect:/account";
        }
        String secret = pendingSecret.getOrCreate(session);
        model.addAttribute("qrCode", totp.qrCode(secret, me.getUsername()));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
        model.addAttribute("enrolAction", "/account/totp");
        return "signin/totp-enrol";
    }

    @PostMapping("/totp")
    String enrol(@AuthenticationPrincipal StaffAccount me, @RequestParam(defaultValue = "") String code,
                 HttpSession session, Model model) {
        String secret = pendingSecret.get(session);
        var step = secret == null ? java.util.OptionalLong.empty() : totp.verify(secret, code.replace(" ", ""), null);
        if (step.isEmpty()) {
            model.addAttribute("codeError", true);
            return totpForm(me, session, model);
        }
        pendingSecret.clear(session);
        var codes = factors.enrolFirst(me.userId(), secret, step.getAsLong());
        if (codes.isEmpty()) {
            return "redirect:/account";
        }
        model.addAttribute("recoveryCodes", codes.get());
        model.addAttribute("recoveryContinue", "/account/done");
        return "signin/recovery-codes";
    }

    @PostMapping("/done")
    String done(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", Flash.success("account.totp.enabled"));
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal StaffAccount me, @RequestParam(defaultValue = "") String name,
                       Model model, RedirectAttributes redirect) {
        if (!name.strip().matches("[\\p{L}\\p{N} ._-]{1,30}")) {
            redirect.addFlashAttribute("flash", Flash.danger("account.token.name.invalid"));
            return "redirect:/account";
        }
        String tokenName = (me.getUsername() + "-" + name.trim().toLowerCase(Locale.ROOT))
                .replaceAll("[^a-z0-9._-]", "-");
        Set<String> permissions = me.permissions();
        ApiClients.Issued issued;
        try {
            issued = apiClients.create(tokenName, "PERSONAL", null, me.orgUnitId(), me.userId(), permissions,
                    me.getUsername());
        } catch (org.kefu.platform.InvalidInputException taken) {
            redirect.addFlashAttribute("flash", Flash.danger("account.token.name.taken"));
            return "redirect:/account";
        }
        redirect.addFlashAttribute("issuedKey", issued.key());
        redirect.addFlashAttribute("flash", Flash.success("account.token.created", tokenName));
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal StaffAccount me, @PathVariable long id, RedirectAttributes redirect) {
        apiClients.find(id).filter(client -> Long.valueOf(me.userId()).equals(client.ownerUserId()))
                .orElseThrow(() -> new NotFoundException("token", id));
        apiClients.revoke(id, me.getUsername(), org.kefu.platform.DataScope.all());
        redirect.addFlashAttribute("flash", Flash.success("account.token.revoked"));
        return "redirect:/account";
    }
}
