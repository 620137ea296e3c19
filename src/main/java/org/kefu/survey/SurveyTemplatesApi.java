package org.kefu.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Survey templates (read: survey.read; change: survey.manage). A template with responses is locked. */
@RestController
@RequestMapping("/api/v1/survey-templates")
@Tag(name = "Survey templates", description = "Questions, weights and indicators of satisfaction surveys")
class SurveyTemplatesApi {

    private final SurveyTemplates templates;

    SurveyTemplatesApi(SurveyTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Every template with its questions")
    List<SurveyTemplate> list() {
        return templates.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template")
    SurveyTemplate one(@PathVariable long id) {
        return templates.find(id);
    }

    @PostMapping
    @Operation(summary = "Create a template with its questions")
    ResponseEntity<SurveyTemplate> create(@RequestBody TemplateRequest body) {
        SurveyTemplate created = templates.create(body);
        return ResponseEntity.created(URI.create("/api/v1/survey-templates/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a template (version = the one read; 409 if it changed or, for new questions,"
            + " if customers have answered it: it is then locked)")
    SurveyTemplate update(@PathVariable long id, @RequestBody TemplateRequest body) {
        return templates.update(id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a template no rule or invitation refers to")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        templates.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
