package org.kefu.platform.web;

import org.kefu.platform.ProblemType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A human description behind each problem {@code type} URI, as RFC 9457 recommends, so a developer who
 * follows the link from an error learns what it means and what to do.
 */
@Controller
class ProblemTypePages {

    @GetMapping("/problems")
    String index(Model model) {
        model.addAttribute("types", ProblemType.values());
        return "problems";
    }

    @GetMapping("/problems/{slug}")
    String type(@PathVariable String slug, Model model) {
        ProblemType type = ProblemType.ofSlug(slug);
        if (type == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND);
        }
        model.addAttribute("types", new ProblemType[] {type});
        return "problems";
    }
}
