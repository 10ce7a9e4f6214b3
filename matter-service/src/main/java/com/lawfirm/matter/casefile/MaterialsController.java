package com.lawfirm.matter.casefile;

import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.casefile.MatterCommands.AgreeRetention;
import com.lawfirm.matter.casefile.MatterCommands.BringBackMaterial;
import com.lawfirm.matter.casefile.MatterCommands.LendMaterial;
import com.lawfirm.matter.casefile.MatterCommands.ReceiveMaterial;
import com.lawfirm.matter.casefile.MatterCommands.ReturnMaterialToClient;
import com.lawfirm.matter.casefile.MatterRequests.BroughtBackIn;
import com.lawfirm.matter.casefile.MatterRequests.LoanIn;
import com.lawfirm.matter.casefile.MatterRequests.MaterialIn;
import com.lawfirm.matter.casefile.MatterRequests.RetentionIn;
import com.lawfirm.matter.casefile.MatterRequests.ReturnIn;
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

import java.util.Map;
import java.util.UUID;

/** Custody of client materials (客户资料) over HTTP: receiving, internal loans, returns and retention. */
@RestController
@RequestMapping("/api/matters/{id}/materials")
class MaterialsController {

    private static final String TEAM = "hasAnyRole('LAWYER', 'PARTNER')";

    private final CommandGateway commands;
    private final MatterAccess access;
    private final ReadModelStore store;

    MaterialsController(CommandGateway commands, MatterAccess access, ReadModelStore store) {
        this.commands = commands;
        this.access = access;
        this.store = store;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(TEAM)
    Map<String, String> receive(@PathVariable String id, @Valid @RequestBody MaterialIn body) {
        access.workable(id);
        String materialId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReceiveMaterial(id, materialId, body.description().strip(), body.original(), body.pages(),
                body.copiesMade() == null ? 0 : body.copiesMade(), body.receivedFrom().strip(), access.login(),
                body.receivedOn(), body.storageLocation().strip()));
        return Map.of("id", materialId);
    }

    @PostMapping("/{materialId}/loan")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(TEAM)
    void lend(@PathVariable String id, @PathVariable String materialId, @Valid @RequestBody LoanIn body) {
        access.workable(id);
        commands.sendAndWait(new LendMaterial(id, materialId, body.borrower(), body.lentOn(), body.dueBack()));
    }

    @PostMapping("/{materialId}/loan/return")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(TEAM)
    void bringBack(@PathVariable String id, @PathVariable String materialId, @Valid @RequestBody BroughtBackIn body) {
        access.workable(id);
        commands.sendAndWait(new BringBackMaterial(id, materialId, body.broughtBackOn()));
    }

    /** The material goes back to the client, who signs for it. */
    @PostMapping("/{materialId}/return")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(TEAM)
    void returnToClient(@PathVariable String id, @PathVariable String materialId, @Valid @RequestBody ReturnIn body) {
        access.workable(id);
        commands.sendAndWait(new ReturnMaterialToClient(id, materialId, body.returnedOn(), body.signedBy().strip(),
                body.evidenceReference()));
    }

    @PostMapping("/{materialId}/retention")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(TEAM)
    void agreeRetention(@PathVariable String id, @PathVariable String materialId, @Valid @RequestBody RetentionIn body) {
        access.workable(id);
        commands.sendAndWait(new AgreeRetention(id, materialId, body.agreedOn(), body.evidenceReference()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'ARCHIVIST', 'AUDITOR', 'ADMIN')")
    Page<MaterialView> register(@PathVariable String id) {
        access.readable(id);
        return store.find(MaterialProjection.COLLECTION, ReadModelQuery.all().eq("matterId", id)
                .sortAscending("registerNumber").page(0, ReadModelQuery.MAX_PAGE_SIZE), MaterialView.class);
    }
}
