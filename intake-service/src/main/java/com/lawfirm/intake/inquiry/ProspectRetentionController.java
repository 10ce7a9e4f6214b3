package com.lawfirm.intake.inquiry;

import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.intake.inquiry.InquiryCommands.EraseProspectPersonalData;
import com.lawfirm.intake.inquiry.InquiryCommands.LiftProspectLegalHold;
import com.lawfirm.intake.inquiry.InquiryCommands.PlaceProspectLegalHold;
import com.lawfirm.kit.privacy.SubjectKeys;
import com.lawfirm.kit.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records of a prospect who never became the firm's client: the legal holds that keep them, and their erasure
 * (PIPL art. 47) once the inquiry was declined or withdrawn more than {@code lawfirm.intake.prospect-retention-years}
 * ago and no hold stands. The archivist keeps the firm's records; a partner may also place a hold.
 */
@RestController
@RequestMapping("/api/inquiries/{id}")
class ProspectRetentionController {

    private static final String HOLDERS = "hasAnyRole('ARCHIVIST', 'PARTNER', 'ADMIN')";

    record Erasure(@Size(max = 100) String requestId) {
    }

    record Hold(@NotBlank @Size(max = 1000) String reason) {
    }

    private final CommandGateway commands;
    private final InquiryQueries inquiries;
    private final ProspectErasureGuard guard;
    private final IntakeProperties properties;
    private final SubjectKeys keys;
    private final Clock clock;

    ProspectRetentionController(CommandGateway commands, InquiryQueries inquiries, ProspectErasureGuard guard,
                                IntakeProperties properties, SubjectKeys keys, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.inquiries = inquiries;
        this.guard = guard;
        this.properties = properties;
        this.keys = keys;
    }

    @PostMapping("/legal-holds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(HOLDERS)
    Map<String, String> placeHold(@PathVariable String id, @Valid @RequestBody Hold body, Authentication user) {
        String holdId = UUID.randomUUID().toString();
        guard.refuseIfSigned(existing(id));
        commands.sendAndWait(new PlaceProspectLegalHold(id, holdId, body.reason(), LocalDate.now(clock), user.getName()));
        return Map.of("id", holdId);
    }

    @PostMapping("/legal-holds/{holdId}/lift")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(HOLDERS)
    void liftHold(@PathVariable String id, @PathVariable String holdId, Authentication user) {
        commands.sendAndWait(new LiftProspectLegalHold(existing(id), holdId, LocalDate.now(clock), user.getName()));
    }

    /**
     * Refused (409) for an inquiry of a registered client (its erasure is the client's), one still under way, one whose
     * engagement was signed (the prospect became a client of a matter), before the retention ends, or under a legal
     * hold.
     */
    @PostMapping("/erasure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ARCHIVIST', 'ADMIN')")
    void erase(@PathVariable String id, @Valid @RequestBody(required = false) Erasure body, Authentication user) {
        // the guard's lock keeps the engagement from being signed between its check and the erasure
        List<String> subjects = guard.erasing(existing(id), () -> commands.sendAndWait(new EraseProspectPersonalData(id,
                LocalDate.now(clock), clock.getZone(), properties.prospectRetentionYears(),
                body == null ? null : body.requestId(), user.getName())));
        // the erasure is recorded: destroy the keys before answering (the key shredder does it too, after a crash)
        keys.destroy(subjects);
    }

    private String existing(String id) {
        inquiries.find(id).orElseThrow(() -> new NotFoundException("inquiry", id));
        return id;
    }
}
