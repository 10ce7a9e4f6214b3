package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.PlanItem;
import com.lawfirm.matter.MatterProperties;
import com.lawfirm.matter.casefile.MatterCommands.AgreeReportingCadence;
import com.lawfirm.matter.casefile.MatterCommands.CompletePlanItem;
import com.lawfirm.matter.casefile.MatterCommands.ConfirmWorkPlan;
import com.lawfirm.matter.casefile.MatterCommands.DraftWorkPlan;
import com.lawfirm.matter.casefile.MatterCommands.RecordKeyEvent;
import com.lawfirm.matter.casefile.MatterCommands.RecordKeyEventCommunicated;
import com.lawfirm.matter.casefile.MatterCommands.SendProgressReport;
import com.lawfirm.matter.casefile.MatterRequests.CadenceIn;
import com.lawfirm.matter.casefile.MatterRequests.KeyEventToldIn;
import com.lawfirm.matter.casefile.MatterRequests.CompletionIn;
import com.lawfirm.matter.casefile.MatterRequests.KeyEventIn;
import com.lawfirm.matter.casefile.MatterRequests.PlanConfirmationIn;
import com.lawfirm.matter.casefile.MatterRequests.ProgressReportIn;
import com.lawfirm.matter.casefile.MatterRequests.WorkPlanIn;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Delivering the service (服务过程管理) over HTTP: the work plan, progress reports and key events. */
@RestController
@RequestMapping("/api/matters/{id}")
@PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
class DeliveryController {

    private final CommandGateway commands;
    private final MatterAccess access;
    private final MatterProperties properties;
    private final Clock clock;

    DeliveryController(CommandGateway commands, MatterAccess access, MatterProperties properties, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.access = access;
        this.properties = properties;
    }

    @PostMapping("/work-plan")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void draftPlan(@PathVariable String id, @Valid @RequestBody WorkPlanIn body) {
        access.workable(id);
        commands.sendAndWait(new DraftWorkPlan(id, body.items().stream().map(i -> new PlanItem(i.itemId(), i.kind(),
                i.title().strip(), i.owner(), i.dueOn())).toList(), access.login(), LocalDate.now(clock)));
    }

    @PostMapping("/work-plan/confirmation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void confirmPlan(@PathVariable String id, @Valid @RequestBody PlanConfirmationIn body) {
        access.workable(id);
        commands.sendAndWait(new ConfirmWorkPlan(id, body.version(), body.confirmedBy().strip(), body.channel(),
                body.evidenceReference(), body.confirmedOn()));
    }

    @PostMapping("/work-plan/items/{itemId}/completion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void completeItem(@PathVariable String id, @PathVariable String itemId, @Valid @RequestBody CompletionIn body) {
        access.workable(id);
        commands.sendAndWait(new CompletePlanItem(id, itemId, body.completedOn()));
    }

    @PostMapping("/reporting-cadence")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void agreeCadence(@PathVariable String id, @Valid @RequestBody CadenceIn body) {
        access.workable(id);
        commands.sendAndWait(new AgreeReportingCadence(id, body.cadence(), body.everyDays(), body.firstReportDue()));
    }

    @PostMapping("/progress-reports")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> report(@PathVariable String id, @Valid @RequestBody ProgressReportIn body) {
        access.workable(id);
        String reportId = UUID.randomUUID().toString();
        commands.sendAndWait(new SendProgressReport(id, reportId, body.periodFrom(), body.periodTo(), body.content(),
                body.channel(), access.login(), body.sentOn()));
        return Map.of("id", reportId);
    }

    /** The time within which the client must be told follows the firm's rule for the kind of event. */
    @PostMapping("/key-events")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> keyEvent(@PathVariable String id, @Valid @RequestBody KeyEventIn body) {
        access.workable(id);
        String keyEventId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordKeyEvent(id, keyEventId, body.kind(), body.description().strip(),
                body.occurredAt(), properties.communicateWithin(body.kind())));
        return Map.of("id", keyEventId);
    }

    @PostMapping("/key-events/{keyEventId}/communication")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void communicated(@PathVariable String id, @PathVariable String keyEventId, @Valid @RequestBody KeyEventToldIn body) {
        access.workable(id);
        commands.sendAndWait(new RecordKeyEventCommunicated(id, keyEventId, body.channel(), body.communicatedTo().strip(),
                access.login(), body.communicatedAt()));
    }
}
