package com.lawfirm.intake.client;

import com.lawfirm.intake.client.ClientCommands.AddClientAlias;
import com.lawfirm.intake.client.ClientCommands.AddClientIdentifier;
import com.lawfirm.intake.client.ClientCommands.MarkFormerClient;
import com.lawfirm.intake.client.ClientCommands.RegisterClient;
import com.lawfirm.intake.client.ClientCommands.RenameClient;
import com.lawfirm.intake.client.ClientCommands.UpdateClientDetails;
import com.lawfirm.intake.client.ClientRequests.AliasIn;
import com.lawfirm.intake.client.ClientRequests.ContactIn;
import com.lawfirm.intake.client.ClientRequests.DetailsChange;
import com.lawfirm.intake.client.ClientRequests.FormerClient;
import com.lawfirm.intake.client.ClientRequests.FormerNameIn;
import com.lawfirm.intake.client.ClientRequests.IdentifierIn;
import com.lawfirm.intake.client.ClientRequests.NameChange;
import com.lawfirm.intake.client.ClientRequests.NewClient;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.text.Names;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.lawfirm.intake.client.ClientRequests.map;

/** The client registry over HTTP: commands in, the read model out. */
@RestController
@RequestMapping("/api/clients")
class ClientController {

    private static final String WRITERS = "hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'ADMIN')";
    private static final String READERS =
            "hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'CONFLICTS_ANALYST', 'BILLING', 'ARCHIVIST', 'AUDITOR', 'ADMIN')";

    private final CommandGateway commands;
    private final ReadModelStore store;
    private final OpenMatters openMatters;

    ClientController(CommandGateway commands, ReadModelStore store, OpenMatters openMatters) {
        this.commands = commands;
        this.store = store;
        this.openMatters = openMatters;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    Map<String, String> register(@Valid @RequestBody NewClient body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterClient(id, body.kind(), body.name(), body.aliases(),
                map(body.formerNames(), FormerNameIn::toFormerName), map(body.identifiers(), IdentifierIn::toIdentifier),
                map(body.contacts(), ContactIn::toContact), body.preferredLanguage(), body.relationshipOwner(),
                body.source() == null ? null : body.source().toSource(),
                body.consent() == null ? null : body.consent().toConsent()));
        return Map.of("id", id);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    ClientView get(@PathVariable String id) {
        return store.get(ClientProjection.COLLECTION, id, ClientView.class)
                .orElseThrow(() -> new NotFoundException("client", id));
    }

    /** Clients whose name, alias, former name or identifier contains {@code q} (after normalisation). */
    @GetMapping
    @PreAuthorize(READERS)
    Page<ClientView> search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ReadModelQuery query = ReadModelQuery.all().sortAscending("name").page(page, size);
        String key = Names.normalize(q);
        if (!key.isEmpty()) {
            query.containsText("searchKeys", key);
        }
        return store.find(ClientProjection.COLLECTION, query, ClientView.class);
    }

    @PostMapping("/{id}/details")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(WRITERS)
    void updateDetails(@PathVariable String id, @Valid @RequestBody DetailsChange body) {
        commands.sendAndWait(new UpdateClientDetails(id, map(body.contacts(), ContactIn::toContact),
                body.preferredLanguage(), body.relationshipOwner()));
    }

    @PostMapping("/{id}/aliases")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(WRITERS)
    void addAlias(@PathVariable String id, @Valid @RequestBody AliasIn body) {
        commands.sendAndWait(new AddClientAlias(id, body.alias()));
    }

    @PostMapping("/{id}/identifiers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(WRITERS)
    void addIdentifier(@PathVariable String id, @Valid @RequestBody IdentifierIn body) {
        commands.sendAndWait(new AddClientIdentifier(id, body.toIdentifier()));
    }

    @PostMapping("/{id}/name")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(WRITERS)
    void rename(@PathVariable String id, @Valid @RequestBody NameChange body) {
        commands.sendAndWait(new RenameClient(id, body.newName(), body.effectiveFrom()));
    }

    @PostMapping("/{id}/former")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(WRITERS)
    void markFormer(@PathVariable String id, @Valid @RequestBody FormerClient body) {
        Set<String> closedEngagements = openMatters.refuseMarkingFormer(id, body.since());
        commands.sendAndWait(new MarkFormerClient(id, body.since(), body.reason(), closedEngagements));
    }
}
