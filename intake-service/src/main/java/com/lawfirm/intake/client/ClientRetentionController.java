package com.lawfirm.intake.client;

import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.intake.client.ClientCommands.EraseClientPersonalData;
import com.lawfirm.intake.client.ClientCommands.LiftLegalHold;
import com.lawfirm.intake.client.ClientCommands.PlaceLegalHold;
import com.lawfirm.intake.client.ClientCommands.SetClientRetention;
import com.lawfirm.intake.engagement.EngagementQueries;
import com.lawfirm.intake.inquiry.InquiryQueries;
import com.lawfirm.kit.privacy.SubjectKeys;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How long a client's personal data is kept (保存期限), the legal holds that keep it longer, and its erasure once
 * neither applies. The archivist keeps the firm's records; a partner may also place a hold.
 */
@RestController
@RequestMapping("/api/clients/{id}")
class ClientRetentionController {

    private static final String KEEPERS = "hasAnyRole('ARCHIVIST', 'ADMIN')";

    record Retention(@NotNull LocalDate retainUntil, @NotBlank @Size(max = 500) String basis) {
    }

    record Hold(@NotBlank @Size(max = 1000) String reason) {
    }

    record Erasure(@Size(max = 100) String requestId) {
    }

    private final CommandGateway commands;
    private final ReadModelStore store;
    private final InquiryQueries inquiries;
    private final EngagementQueries engagements;
    private final IntakeProperties properties;
    private final SubjectKeys keys;
    private final Clock clock;
    private final OpenMatters openMatters;

    ClientRetentionController(CommandGateway commands, ReadModelStore store, InquiryQueries inquiries,
                              EngagementQueries engagements, IntakeProperties properties, SubjectKeys keys,
                              Clock clock, OpenMatters openMatters) {
        this.clock = clock;
        this.openMatters = openMatters;
        this.commands = commands;
        this.store = store;
        this.inquiries = inquiries;
        this.engagements = engagements;
        this.properties = properties;
        this.keys = keys;
    }

    @PostMapping("/retention")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(KEEPERS)
    void setRetention(@PathVariable String id, @Valid @RequestBody Retention body, Authentication user) {
        commands.sendAndWait(new SetClientRetention(existing(id), body.retainUntil(), body.basis(), user.getName()));
    }

    @PostMapping("/legal-holds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ARCHIVIST', 'PARTNER', 'ADMIN')")
    Map<String, String> placeHold(@PathVariable String id, @Valid @RequestBody Hold body, Authentication user) {
        String holdId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlaceLegalHold(existing(id), holdId, body.reason(), LocalDate.now(clock), user.getName()));
        return Map.of("id", holdId);
    }

    @PostMapping("/legal-holds/{holdId}/lift")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ARCHIVIST', 'PARTNER', 'ADMIN')")
    void liftHold(@PathVariable String id, @PathVariable String holdId, Authentication user) {
        commands.sendAndWait(new LiftLegalHold(existing(id), holdId, LocalDate.now(clock), user.getName()));
    }

    /**
     * Erases the client's personal data with that of its inquiries: the keys are destroyed and every service shows
     * the fields as erased. Refused (409) while the firm acts for the client (a matter still open, or not marked
     * former), before its retention ends, or under a legal hold.
     */
    @PostMapping("/erasure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(KEEPERS)
    void erase(@PathVariable String id, @Valid @RequestBody(required = false) Erasure body, Authentication user) {
        List<String> matters = openMatters.refuseErasure(existing(id));
        // the client's inquiries, engagements and matters hold its data (what the firm noted, its signatures, the
        // matter's reports and communications) under keys of their own
        Set<String> files = new LinkedHashSet<>(matters);
        files.addAll(inquiries.idsOfClient(id));
        engagements.allOfClient(id).forEach(engagement -> {
            files.add(engagement.engagementId);
            if (engagement.inquiryId != null) {
                files.add(engagement.inquiryId);
            }
        });
        commands.sendAndWait(new EraseClientPersonalData(id, List.copyOf(files), LocalDate.now(clock),
                clock.getZone(), properties.retentionYears(), body == null ? null : body.requestId(), user.getName()));
        // the erasure is recorded: destroy the keys before answering (the key shredder does it too, after a crash)
        files.add(id);
        keys.destroy(files);
    }

    private String existing(String id) {
        store.get(ClientProjection.COLLECTION, id, ClientView.class).orElseThrow(() -> new NotFoundException("client", id));
        return id;
    }
}
