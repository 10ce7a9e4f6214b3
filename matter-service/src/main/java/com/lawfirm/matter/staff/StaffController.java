package com.lawfirm.matter.staff;

import com.lawfirm.events.matter.DisclosureKind;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.staff.StaffMember.JoinFirm;
import com.lawfirm.matter.staff.StaffMember.RecordDisclosure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The staff directory over HTTP: who works at the firm, and their disclosures for conflict checks. */
@RestController
@RequestMapping("/api/staff")
class StaffController {

    record NewStaffMember(@NotBlank @Size(max = 200) String name, @NotNull StaffRole role,
                          @Size(max = 20) List<@NotBlank @Size(max = 50) String> practiceAreas,
                          @Size(max = 50) List<@NotBlank @Size(max = 100) String> expertise,
                          @Size(max = 50) String licenceNumber, @NotNull LocalDate joinedOn,
                          @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}") String login) {
    }

    record IdentifierIn(@NotNull IdentifierScheme scheme, @NotBlank @Size(max = 64) String value) {
    }

    record DisclosureIn(@NotNull DisclosureKind kind, @NotNull PartyKind partyKind, @NotBlank @Size(max = 300) String name,
                        @Size(max = 20) List<@NotBlank @Size(max = 300) String> aliases,
                        @Size(max = 10) List<@Valid @NotNull IdentifierIn> identifiers,
                        @Size(max = 500) String relationship) {
    }

    private final CommandGateway commands;
    private final StaffEnrolment enrolment;
    private final ReadModelStore store;

    StaffController(CommandGateway commands, StaffEnrolment enrolment, ReadModelStore store) {
        this.commands = commands;
        this.enrolment = enrolment;
        this.store = store;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
    Map<String, String> join(@Valid @RequestBody NewStaffMember body) {
        String id = UUID.randomUUID().toString();
        enrolment.enrol(new JoinFirm(id, body.name(), body.role(), body.practiceAreas(), body.expertise(),
                body.licenceNumber(), body.joinedOn(), body.login() == null ? null : body.login().toLowerCase(Locale.ROOT)));
        return Map.of("id", id);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'CONFLICTS_ANALYST', 'AUDITOR', 'ADMIN')")
    Page<StaffView> directory() {
        return store.find(StaffProjection.COLLECTION, ReadModelQuery.all().sortAscending("name").page(0, 500), StaffView.class);
    }

    @PostMapping("/{id}/disclosures")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PARTNER', 'CONFLICTS_ANALYST', 'ADMIN')")
    void disclose(@PathVariable String id, @Valid @RequestBody DisclosureIn body) {
        commands.sendAndWait(new RecordDisclosure(id, body.kind(), body.partyKind(), body.name(), body.aliases(),
                body.identifiers() == null ? List.of() : body.identifiers().stream()
                        .map(i -> new PartyIdentifier(i.scheme(), i.value())).toList(), body.relationship()));
    }
}
