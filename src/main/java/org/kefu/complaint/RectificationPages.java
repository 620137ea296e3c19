package org.kefu.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysis worklist (溯源整改): resolved complaints of the last 90 days without a root cause, pending
 * rectification actions (overdue first), and a Pareto chart of root-cause categories; with the forms.
 */
@Controller
class RectificationPages {

    private static final int RECENT_DAYS = 90;

    private final RootCauses rootCauses;
    private final Rectifications rectifications;
    private final JdbcClient jdbc;
    private final CurrentActor actor;
    private final MessageSource messages;

    RectificationPages(RootCauses rootCauses, Rectifications rectifications, JdbcClient jdbc, CurrentActor actor,
                       MessageSource messages) {
        this.rootCauses = rootCauses;
        this.rectifications = rectifications;
        this.jdbc = jdbc;
        this.actor = actor;
        this.messages = messages;
    }

    record Unanalysed(String number, String cause, LocalDate acceptedOn) {
    }

    @GetMapping("/complaints/analysis")
    String page(Model model, Locale locale) {
        Actor me = actor.get();
        model.addAttribute("unanalysed", jdbc.sql("select r.case_number, r.cause_code, r.accepted_on"
                        + " from complaint_record r join service_case s on s.id = r.case_id"
                        + " where r.accepted_on >= current_date - " + RECENT_DAYS + " and s.resolved_at is not null"
                        + " and not exists (select 1 from complaint_root_cause c where c.case_id = r.case_id) and "
                        + me.scope().sql("r.org_unit_id") + " order by s.resolved_at desc limit 50")
                .param(me.scope().sqlArgument())
                .query((rs, i) -> new Unanalysed(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list());
        model.addAttribute("pending", rectifications.pending(me, 100));
        model.addAttribute("categories", RootCauses.ORDER);
        model.addAttribute("me", me.id());
        List<ParetoChart.Bar> bars = jdbc.sql("select c.category, count(*) from complaint_root_cause c"
                        + " join complaint_record r on r.case_id = c.case_id where " + me.scope().sql("r.org_unit_id")
                        + " group by c.category").param(me.scope().sqlArgument())
                .query((rs, i) -> new ParetoChart.Bar(messages.getMessage("complaint-analysis.category."
                        + rs.getString(1), null, rs.getString(1), locale), rs.getLong(2))).list();
        model.addAttribute("pareto", ParetoChart.svg(
                messages.getMessage("complaint-analysis.pareto.root-causes", null, locale), bars));
        return "complaint/analysis";
    }

    @PostMapping("/complaints/analysis/root-cause")
    String rootCause(@RequestParam String number, @RequestParam(required = false) String category,
                     @RequestParam(required = false) String analysis, RedirectAttributes flash) {
        return attempt(flash, () -> rootCauses.record(number, category, analysis, actor.get()));
    }

    @PostMapping("/complaints/analysis/rectifications")
    String add(@RequestParam String number, @RequestParam(required = false) String action,
               @RequestParam(required = false) String owner, @RequestParam(required = false) String dueOn,
               RedirectAttributes flash) {
        return attempt(flash, () -> rectifications.add(number, action, owner, dueOn, actor.get()));
    }

    @PostMapping("/complaints/analysis/rectifications/{id}/{step:done|verify}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam String number,
                RedirectAttributes flash) {
        return attempt(flash, () -> {
            if (step.equals("done")) {
                rectifications.done(number, id, actor.get());
            } else {
                rectifications.verify(number, id, actor.get());
            }
        });
    }

    /** Runs a form's step and comes back to the page, with what went wrong as a message key. */
    private String attempt(RedirectAttributes flash, Runnable step) {
        try {
            step.run();
            flash.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problems", e.violations().stream().map(v -> v.message()).toList());
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(e.messageKey()));
        } catch (AccessDeniedException e) {
            flash.addFlashAttribute("problems", List.of("complaint-analysis.rectification.owner-cannot-verify"));
        }
        return "redirect:/complaints/analysis";
    }
}
