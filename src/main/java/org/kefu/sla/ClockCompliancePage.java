package org.kefu.sla;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The SLA compliance summary as a page for supervisors (the same figures as the API). */
@Controller
class ClockCompliancePage {

    private final SlaComplianceApi api;

    ClockCompliancePage(SlaComplianceApi api) {
        this.api = api;
    }

    @GetMapping("/sla/compliance")
    String page(@RequestParam(defaultValue = "30") int days, Model model) {
        model.addAttribute("summary", api.summary(Math.max(1, Math.min(366, days))));
        return "sla/compliance";
    }
}
