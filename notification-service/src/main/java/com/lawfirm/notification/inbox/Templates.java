package com.lawfirm.notification.inbox;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The notification texts: the firm's edits (kept in the database, changed over HTTP) over the defaults shipped in
 * notification-service.yml, per template key and language.
 */
@Component
public class Templates {

    static final String OVERRIDES = "template_overrides";

    private final TemplateProperties defaults;
    private final ReadModelStore store;

    Templates(TemplateProperties defaults, ReadModelStore store) {
        this.defaults = defaults;
        this.store = store;
    }

    public TemplateProperties.Template get(String key, String language) {
        return store.get(OVERRIDES, key + ":" + language, TemplateProperties.Template.class)
                .orElseGet(() -> defaults(key).get(language));
    }

    /** Every language of a template, edits included. */
    public Map<String, TemplateProperties.Template> languages(String key) {
        Map<String, TemplateProperties.Template> all = new java.util.LinkedHashMap<>();
        defaults(key).keySet().forEach(language -> all.put(language, get(key, language)));
        return all;
    }

    void edit(String key, String language, TemplateProperties.Template template) {
        if (!defaults(key).containsKey(language)) {
            throw new NotFoundException("template language", key + "/" + language);
        }
        store.put(OVERRIDES, key + ":" + language, template);
    }

    private Map<String, TemplateProperties.Template> defaults(String key) {
        Map<String, TemplateProperties.Template> languages = defaults.templates().get(key);
        if (languages == null) {
            throw new NotFoundException("template", key);
        }
        return languages;
    }
}
