package com.lawfirm.notification.rules;

import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.notification.inbox.TemplateProperties;
import com.lawfirm.notification.inbox.TemplateProperties.Template;
import com.lawfirm.notification.rules.RuleProperties.Rule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A firm's rules are checked when the service starts; events become the values their templates name. */
class RuleConfigurationTest {

    private final TemplateProperties templates = new TemplateProperties(Map.of(
            "matter-assigned", Map.of("zh", new Template("t", "b")),
            "archive-due", Map.of("zh", new Template("t", "b"))));

    @Test
    void theShippedKindOfRulesPass() {
        assertThat(RuleCheck.problems(Map.of(
                "matter-assigned", new Rule("TeamMemberAssigned", null, null, List.of("login", "matter.lead"), List.of("INBOX", "EMAIL"), null),
                "archive-due", new Rule(null, "archive-due", null, List.of("role:ARCHIVIST"), null, null)), templates)).isEmpty();
    }

    @Test
    void everyMistakeIsNamedWithItsRule() {
        List<String> problems = RuleCheck.problems(Map.of(
                "a", new Rule("NoSuchEvent", null, null, List.of("matter.lead"), null, "matter-assigned"),
                "b", new Rule(null, "tomorrow", null, List.of("role:BILLING"), null, "archive-due"),
                "c", new Rule("TeamMemberAssigned", "archive-due", null, List.of("login"), null, "matter-assigned"),
                "d", new Rule("TeamMemberAssigned", null, null, List.of(), List.of("SMS"), "matter-assigned"),
                "e", new Rule("TeamMemberAssigned", null, null, List.of("role:billing", "matter.partner.x"), null, null)), templates);
        assertThat(problems).containsExactly(
                "a: no event is called NoSuchEvent",
                "b: no reminder is called tomorrow (there are [archive-due, deadline-approaching, invoice-overdue, key-event-late, report-due])",
                "c: needs either an event or a reminder",
                "d: names no recipient",
                "d: channel SMS is not INBOX or EMAIL",
                "e: no template e",
                "e: recipient role:billing is not role:X, inquiry.owner, matter.lead, matter.team, matter.client or a value's name",
                "e: recipient matter.partner.x is not role:X, inquiry.owner, matter.lead, matter.team, matter.client or a value's name");
    }

    @Test
    void anEventsFieldsBecomeValuesByPathWithListsCountedAndInstantsInTheFirmsZone() {
        EventValues values = new EventValues(ZoneId.of("Asia/Shanghai"));
        assertThat(values.of(new InquiryOpened("inq-1", new ClientSource(SourceChannel.WEBSITE, null, null),
                new Prospect(PartyKind.PERSON, "张伟", List.of()), "离婚", "owner", null)))
                .containsEntry("prospect.name", "张伟").containsEntry("source.channel", "WEBSITE")
                .containsEntry("owner", "owner").doesNotContainKey("existingClientId");
        assertThat(values.of(new ConflictCheckCompleted("chk-1", "inq-1", "INQUIRY", List.of(), "m-1", Map.of(), List.of(), List.of())))
                .containsEntry("hits.count", "0").containsEntry("checkId", "chk-1");
        assertThat(values.of(new KeyEventRecorded("m-1", "k-1", KeyEventKind.RULING, "判决 Judgment",
                Instant.parse("2026-11-28T06:00:00Z"), Instant.parse("2026-11-29T06:00:00Z"))))
                .containsEntry("occurredAt", "2026-11-28 14:00").containsEntry("kind", "RULING");
    }
}
