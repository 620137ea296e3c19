package org.kefu.cases;

import java.io.IOException;

import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attachments on the case page: the upload form posts here and returns to the case with a message
 * (success, or why the file was refused); downloads are the same answer as the API's.
 */
@Controller
@RequestMapping("/cases/{number}/attachments")
class CaseAttachmentPages {

    private final CaseAttachments attachments;
    private final CurrentActor currentActor;

    CaseAttachmentPages(CaseAttachments attachments, CurrentActor currentActor) {
        this.attachments = attachments;
        this.currentActor = currentActor;
    }

    /** The list and the form alone, for htmx to refresh in place (the case page includes the same fragment). */
    @GetMapping
    String list(@PathVariable String number, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("number", number);
        model.addAttribute("attachments", attachments.list(number, actor));
        model.addAttribute("canAttach", actor.can(CasesPermissions.WORK));
        return "cases/attachments :: list(number=${number},attachments=${attachments})";
    }

    @PostMapping
    String upload(@PathVariable String number, @RequestPart(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        Actor actor = currentActor.get();
        try {
            CaseAttachmentStore.Attachment added = attachments.add(number, CaseAttachmentsApi.upload(file), actor);
            redirect.addFlashAttribute("flash", Flash.success("case.attachment.added", added.fileName()));
        } catch (CaseAttachmentRefused refused) {
            redirect.addFlashAttribute("flash", Flash.danger(refused.messageKey(), refused.args()));
            redirect.addFlashAttribute("attachmentError", refused.code());
        }
        return "redirect:/cases/" + number;
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
        return CaseAttachmentDownloads.response(attachments.open(number, id, currentActor.get()));
    }
}
