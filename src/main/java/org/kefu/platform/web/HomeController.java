package org.kefu.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: one tile per capability the visitor may use. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
