package com.lawfirm.notification.rules;

import com.lawfirm.notification.inbox.TemplateProperties;
import com.lawfirm.notification.rules.RuleProperties.Rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What can be wrong with a firm's rules, checked when the service starts so a mistake stops it with the reason. */
final class RuleCheck {

    private static final Set<String> CHANNELS = Set.of(Notifier.INBOX, Notifier.EMAIL);
    private static final List<String> EVENT_PACKAGES = List.of("intake", "conflict", "matter", "billing");
    private static final Pattern RECIPIENT = Pattern.compile("role:[A-Z_]+|inquiry\\.owner|matter\\.(lead|team|client)|[A-Za-z]\\w*");

    private RuleCheck() {
    }

    /** Everything wrong with the configured rules, so a firm's mistake stops the service at start, not in silence. */
    static List<String> problems(Map<String, Rule> rules, TemplateProperties templates) {
        List<String> problems = new ArrayList<>();
        Map<String, Rule> sorted = new LinkedHashMap<>(new java.util.TreeMap<>(rules));
        sorted.forEach((name, rule) -> {
            if ((rule.event() == null) == (rule.reminder() == null)) {
                problems.add(name + ": needs either an event or a reminder");
            } else if (rule.event() != null && EVENT_PACKAGES.stream().noneMatch(p -> isEvent(p, rule.event()))) {
                problems.add(name + ": no event is called " + rule.event());
            } else if (rule.reminder() != null && !Notifier.REMINDERS.contains(rule.reminder())) {
                problems.add(name + ": no reminder is called " + rule.reminder() + " (there are " + new java.util.TreeSet<>(Notifier.REMINDERS) + ")");
            }
            if (!templates.templates().containsKey(rule.templateOr(name))) {
                problems.add(name + ": no template " + rule.templateOr(name));
            }
            if (rule.to().isEmpty()) {
                problems.add(name + ": names no recipient");
            }
            rule.to().stream().filter(to -> !RECIPIENT.matcher(to).matches())
                    .forEach(to -> problems.add(name + ": recipient " + to + " is not role:X, inquiry.owner, matter.lead, "
                            + "matter.team, matter.client or a value's name"));
            rule.channels().stream().filter(c -> !CHANNELS.contains(c))
                    .forEach(c -> problems.add(name + ": channel " + c + " is not INBOX or EMAIL"));
        });
        return problems;
    }

    private static boolean isEvent(String pkg, String name) {
        try {
            Class.forName("com.lawfirm.events." + pkg + "." + name, false, RuleCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException no) {
            return false;
        }
    }
}
