package com.lawfirm.notification.inbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The firm edits its notification texts over HTTP; what it does not edit stays as shipped. */
@RestController
@RequestMapping("/api/templates/{key}/{language}")
@PreAuthorize("hasRole('ADMIN')")
class TemplateController {

    record TemplateIn(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 4000) String body) {
    }

    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    TemplateProperties.Template get(@PathVariable String key, @PathVariable String language) {
        templates.languages(key);
        TemplateProperties.Template template = templates.get(key, language);
        if (template == null) {
            throw new com.lawfirm.kit.problem.NotFoundException("template language", key + "/" + language);
        }
        return template;
    }

    @PutMapping
    TemplateProperties.Template edit(@PathVariable String key, @PathVariable String language,
                                     @Valid @RequestBody TemplateIn body) {
        templates.edit(key, language, new TemplateProperties.Template(body.title(), body.body()));
        return templates.get(key, language);
    }
}
