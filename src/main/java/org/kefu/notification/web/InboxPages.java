package org.kefu.notification.web;

import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bell in the header (an htmx fragment polled every 30 s) and the signed-in user's notifications page. */
@Controller
@RequestMapping("/notifications")
class InboxPages {

    private final StaffInbox inbox;
    private final CurrentActor actor;

    InboxPages(StaffInbox inbox, CurrentActor actor) {
        this.inbox = inbox;
        this.actor = actor;
    }

    @GetMapping("/bell")
    String bell(Model model) {
        model.addAttribute("unread", inbox.unread(actor.get().id()));
        return "notification/bell :: bell";
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("items", inbox.latest(actor.get().id()));
        return "notification/inbox";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, RedirectAttributes redirect) {
        if (!inbox.markRead(actor.get().id(), id)) {
            throw new NotFoundException("notification", id);
        }
        redirect.addFlashAttribute("flash", Flash.success("notification.marked-read"));
        return "redirect:/notifications";
    }
}
