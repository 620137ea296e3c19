package org.kefu.platform.crypto;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kefu.platform.ConflictException;
import org.kefu.platform.Flash;
import org.kefu.shared.PageQuery;
import org.kefu.shared.SortOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for keys: what protects the data, and a form to re-encrypt it. */
@Controller
@RequestMapping("/admin/crypto")
class KeyAdministrationPage {

    private final ReEncryption reEncryption;
    private final ReEncryptionJobs jobs;

    KeyAdministrationPage(ReEncryption reEncryption, ReEncryptionJobs jobs) {
        this.reEncryption = reEncryption;
        this.jobs = jobs;
    }

    /** What the form posts; a class rather than a record so the page can bind it back after an error. */
    static class ReEncryptionForm {
        @NotBlank
        @Size(max = 500)
        private String reason;
        @NotNull
        @Min(1)
        @Max(10_000)
        private Integer batchSize = 500;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Integer getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(Integer batchSize) {
            this.batchSize = batchSize;
        }
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new ReEncryptionForm());
        return show(model);
    }

    /** The jobs table alone, polled by htmx while a run is in progress. */
    @GetMapping("/jobs")
    String jobsFragment(Model model) {
        model.addAttribute("jobs", jobs.list(PageQuery.first(10, SortOrder.desc("createdAt"))));
        return "admin/crypto :: jobs";
    }

    @PostMapping("/re-encryptions")
    String start(@Valid @ModelAttribute("form") ReEncryptionForm form, BindingResult errors, Principal principal,
                 Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model);
        }
        try {
            ReEncryptionJob job = reEncryption.start(form.getBatchSize(), form.getReason().strip(), principal.getName());
            redirect.addFlashAttribute("flash", Flash.success("crypto.reencryption.started", job.id()));
        } catch (ConflictException running) {
            redirect.addFlashAttribute("flash", Flash.warning(running.messageKey()));
        }
        return "redirect:/admin/crypto";
    }

    private String show(Model model) {
        model.addAttribute("keys", reEncryption.keys());
        model.addAttribute("jobs", jobs.list(PageQuery.first(10, SortOrder.desc("createdAt"))));
        return "admin/crypto";
    }
}
