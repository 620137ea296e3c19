package org.kefu.complaint;

import org.kefu.platform.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The letters on a complaint's case page (an htmx fragment) and their download. */
@Controller
class ComplaintLetterPages {

    private final ComplaintLetters letters;
    private final CurrentActor actor;

    ComplaintLetterPages(ComplaintLetters letters, CurrentActor actor) {
        this.letters = letters;
        this.actor = actor;
    }

    @GetMapping("/complaints/{number}/letters")
    String list(@PathVariable String number, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("letters", letters.list(number, actor.get()));
        return "complaint/letters :: list";
    }

    @GetMapping("/complaints/{number}/letters/{id}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
        return ComplaintLetterDownloads.response(letters.open(number, id, actor.get()));
    }
}
