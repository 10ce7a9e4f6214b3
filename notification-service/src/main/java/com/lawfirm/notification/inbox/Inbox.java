package com.lawfirm.notification.inbox;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.notification.preferences.Preferences;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders a template for a recipient and files it, once per event and recipient. */
@Component
public class Inbox {

    public static final String COLLECTION = "inbox";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");

    private final ReadModelStore store;
    private final Templates templates;
    private final Preferences preferences;

    Inbox(ReadModelStore store, Templates templates, Preferences preferences) {
        this.store = store;
        this.templates = templates;
        this.preferences = preferences;
    }

    public void deliver(String eventId, Instant at, String recipient, String templateKey, String subjectId, Map<String, String> values) {
        if (!preferences.wants(recipient, templateKey)) {
            return;
        }
        Map<String, TemplateProperties.Template> languages = templates.languages(templateKey);
        Notification n = new Notification();
        n.id = eventId + ":" + recipient;
        n.recipient = recipient;
        n.templateKey = templateKey;
        n.eventId = eventId;
        n.subjectId = subjectId;
        n.createdAt = at;
        n.text = new LinkedHashMap<>();
        languages.forEach((language, template) -> n.text.put(language,
                new TemplateProperties.Template(render(template.title(), values), render(template.body(), values))));
        // version 1: a second delivery of the same event finds the notification there and changes nothing
        store.upsert(COLLECTION, n.id, 1, n);
    }

    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
