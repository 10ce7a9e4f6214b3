package com.lawfirm.matter.casefile;

import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.casefile.MatterCommands.RecordAuthorizationAnswer;
import com.lawfirm.matter.casefile.MatterCommands.RecordAuthorizedAction;
import com.lawfirm.matter.casefile.MatterCommands.RequestAuthorization;
import com.lawfirm.matter.casefile.MatterRequests.ActionIn;
import com.lawfirm.matter.casefile.MatterRequests.AnswerIn;
import com.lawfirm.matter.casefile.MatterRequests.AuthorizationIn;
import jakarta.validation.Valid;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Client authorisations (客户确认) and the actions they allow, over HTTP. */
@RestController
@RequestMapping("/api/matters/{id}")
class AuthorizationController {

    private static final String TEAM = "hasAnyRole('LAWYER', 'PARTNER')";

    private final CommandGateway commands;
    private final MatterAccess access;
    private final ReadModelStore store;
    private final Clock clock;

    AuthorizationController(CommandGateway commands, MatterAccess access, ReadModelStore store, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.access = access;
        this.store = store;
    }

    @PostMapping("/authorizations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(TEAM)
    Map<String, String> request(@PathVariable String id, @Valid @RequestBody AuthorizationIn body) {
        access.workable(id);
        String authorizationId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestAuthorization(id, authorizationId, body.decision(), body.question().strip(),
                body.options(), body.recommendation(), access.login(), LocalDate.now(clock)));
        return Map.of("id", authorizationId);
    }

    @PostMapping("/authorizations/{authorizationId}/response")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(TEAM)
    void answer(@PathVariable String id, @PathVariable String authorizationId, @Valid @RequestBody AnswerIn body) {
        access.workable(id);
        commands.sendAndWait(new RecordAuthorizationAnswer(id, authorizationId, body.approved(), body.chosenOption(),
                body.channel(), body.evidenceReference(), body.answeredOn()));
    }

    /** Records a client's decision carried out, e.g. the settlement signed: refused (409) without their approval. */
    @PostMapping("/actions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(TEAM)
    void act(@PathVariable String id, @Valid @RequestBody ActionIn body) {
        access.workable(id);
        commands.sendAndWait(new RecordAuthorizedAction(id, body.authorizationId(), body.decision(),
                body.description().strip(), body.takenOn()));
    }

    @GetMapping("/authorizations")
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'AUDITOR', 'ADMIN')")
    Page<AuthorizationView> list(@PathVariable String id) {
        access.readable(id);
        return store.find(AuthorizationProjection.COLLECTION, ReadModelQuery.all().eq("matterId", id)
                .sortAscending("requestedOn").page(0, ReadModelQuery.MAX_PAGE_SIZE), AuthorizationView.class);
    }
}
