package org.kefu.identity.web;

import java.util.LinkedHashSet;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffUser;
import org.kefu.identity.Users;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user pages: the list with a create form, and one user's unit, roles and password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    private final Users users;
    private final OrgUnits orgUnits;
    private final CurrentActor actor;
    private final MessageSource messages;

    UserAdminPages(Users users, OrgUnits orgUnits, CurrentActor actor, MessageSource messages) {
        this.users = users;
        this.orgUnits = orgUnits;
        this.actor = actor;
        this.messages = messages;
    }

    /** Bound by the create and edit forms; a class so a form with errors can be shown again as typed. */
    public static class UserForm {
        @NotBlank
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}")
        private String username;
        @NotBlank
        @Size(max = 100)
        private String displayName;
        @NotBlank
        private String orgUnitCode;
        private Set<String> roles = new LinkedHashSet<>();
        private String password;
        private boolean enabled = true;
        private int version;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getOrgUnitCode() { return orgUnitCode; }
        public void setOrgUnitCode(String orgUnitCode) { this.orgUnitCode = orgUnitCode; }
        public Set<String> getRoles() { return roles; }
        public void setRoles(Set<String> roles) { this.roles = roles == null ? new LinkedHashSet<>() : roles; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    @GetMapping
    String list(@RequestParam(required = false) String search,
                @PageDefaults(sortable = {"username", "displayName", "orgUnit"}, sort = "username,asc") PageQuery page,
                Model model) {
        model.addAttribute("form", new UserForm());
        return showList(search, page, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                StaffUser user = users.create(new Users.NewUser(form.getUsername(), form.getDisplayName().strip(),
                        form.getOrgUnitCode(), form.getRoles(), form.getPassword()), actor.get());
                redirect.addFlashAttribute("flash", Flash.success("users.created", user.username()));
                return "redirect:/admin/users/" + user.username();
            } catch (InvalidInputException invalid) {
                reject(invalid, errors);
            }
        }
        return showList(null, PageQuery.first(20, org.kefu.shared.SortOrder.asc("username")), model);
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        StaffUser user = users.visible(username, actor.get().scope());
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setOrgUnitCode(user.orgUnitCode());
        form.setRoles(new LinkedHashSet<>(user.roles()));
        form.setEnabled(user.enabled());
        form.setVersion(user.version());
        model.addAttribute("form", form);
        return showEdit(user, model);
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        StaffUser user = users.visible(username, actor.get().scope());
        try {
            users.update(username, form.getOrgUnitCode(), form.getRoles(), form.isEnabled(), form.getVersion(),
                    actor.get());
            redirect.addFlashAttribute("flash", Flash.success("users.saved", username));
            return "redirect:/admin/users/" + username;
        } catch (InvalidInputException invalid) {
            reject(invalid, errors);
        } catch (org.kefu.platform.ConflictException changed) {
            errors.reject("conflict", messages.getMessage(changed.messageKey(), null, LocaleContextHolder.getLocale()));
        }
        return showEdit(user, model);
    }

    @PostMapping("/{username}/reports-to")
    String changeReportsTo(@PathVariable String username, @RequestParam(defaultValue = "") String reportsTo,
                           RedirectAttributes redirect) {
        try {
            users.changeReportsTo(username, reportsTo, actor.get());
            redirect.addFlashAttribute("flash", Flash.success("users.saved", username));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flash", Flash.danger("users.reports-to.rejected",
                    messages.getMessage(invalid.violations().get(0).message(), null, LocaleContextHolder.getLocale())));
        }
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
                         RedirectAttributes redirect) {
        try {
            users.resetPassword(username, password, actor.get());
            redirect.addFlashAttribute("flash", Flash.success("users.password-reset", username));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flash", Flash.danger("users.password-rejected",
                    messages.getMessage(invalid.violations().get(0).message(), null, LocaleContextHolder.getLocale())));
        }
        return "redirect:/admin/users/" + username;
    }

    private String showList(String search, PageQuery page, Model model) {
        model.addAttribute("users", users.list(actor.get().scope(), search, page));
        model.addAttribute("search", search);
        return withChoices(model, "identity/users");
    }

    private String showEdit(StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("self", user.username().equals(actor.get().id()));
        model.addAttribute("reportsTo", users.reportsTo(user.username()).orElse(""));
        return withChoices(model, "identity/user");
    }

    private String withChoices(Model model, String view) {
        model.addAttribute("units", orgUnits.visibleUnits(actor.get().scope()));
        model.addAttribute("roleCodes", users.roleCodes());
        return view;
    }

    private void reject(InvalidInputException invalid, BindingResult errors) {
        invalid.violations().forEach(v -> errors.rejectValue(v.field(), v.code(),
                messages.getMessage(v.message(), null, v.message(), LocaleContextHolder.getLocale())));
    }

}
