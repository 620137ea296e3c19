package org.kefu.complaint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.ConflictException;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The codes page: the three lists with their flags, a form per code, a new code, CSV export and import. */
@Controller
@RequestMapping("/complaints/codes")
class ComplaintCodePages {

    private final ComplaintCodes codes;
    private final CurrentActor actor;

    ComplaintCodePages(ComplaintCodes codes, CurrentActor actor) {
        this.codes = codes;
        this.actor = actor;
    }

    @GetMapping
    String page(Model model) {
        return show(model, List.of(), null);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @ResponseBody
    String csv(HttpServletResponse response) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"complaint-codes.csv\"");
        return codes.export();
    }

    @PostMapping
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        return attempt(model, response, "new", () -> codes.create(submitted(form.get("dimension"), form.get("code"),
                form, null), actor.get()));
    }

    @PostMapping("/{dimension}/{code}")
    String update(@PathVariable String dimension, @PathVariable String code, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response) {
        return attempt(model, response, dimension + ":" + code, () -> codes.update(dimension, code,
                submitted(dimension, code, form, integer(form.get("version"))), actor.get()));
    }

    @PostMapping("/import")
    String importCsv(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        return attempt(model, response, "import", () -> model.addAttribute("imported", codes.importCsv(text, actor.get())));
    }

    private String attempt(Model model, HttpServletResponse response, String form, Runnable step) {
        try {
            step.run();
            return show(model, List.of(), null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(model, e.violations(), form);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, List.of(new FieldViolation("version", "changed", e.messageKey())), form);
        }
    }

    private String show(Model model, List<FieldViolation> errors, String failedForm) {
        Map<String, List<ComplaintCodeStore.Code>> lists = new LinkedHashMap<>();
        ComplaintCodeStore.DIMENSIONS.forEach(d -> lists.put(d, new java.util.ArrayList<>()));
        codes.all().forEach(c -> lists.get(c.dimension()).add(c));
        model.addAttribute("lists", lists);
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("mayManage", actor.get().can(ComplaintAccess.MANAGE_CODES));
        model.addAttribute("header", ComplaintCodeCsv.HEADER);
        return "complaint/codes";
    }

    private static ComplaintCodes.Submitted submitted(String dimension, String code, Map<String, String> form,
                                                      Integer version) {
        return new ComplaintCodes.Submitted(dimension, code, form.get("parentCode"), form.get("nameZh"),
                form.get("nameEn"), integer(form.get("position")), form.containsKey("active"),
                form.containsKey("verified"), form.get("note"), version);
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("position", "invalid", "complaint.codes.position");
        }
    }
}
