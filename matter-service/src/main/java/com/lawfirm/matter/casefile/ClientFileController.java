package com.lawfirm.matter.casefile;

import com.lawfirm.events.party.Contact;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.casefile.MatterCommands.FileDocument;
import com.lawfirm.matter.casefile.MatterCommands.LogCommunication;
import com.lawfirm.matter.casefile.MatterCommands.RecordFollowUpVisit;
import com.lawfirm.matter.casefile.MatterCommands.RecordReferral;
import com.lawfirm.matter.casefile.MatterRequests.CommunicationIn;
import com.lawfirm.matter.casefile.MatterRequests.DocumentIn;
import com.lawfirm.matter.casefile.MatterRequests.ReferralIn;
import com.lawfirm.matter.casefile.MatterRequests.VisitIn;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The client file (documents, communications) and aftercare (visits, referrals) over HTTP. */
@RestController
@RequestMapping("/api/matters/{id}")
@PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
class ClientFileController {

    private final CommandGateway commands;
    private final MatterAccess access;
    private final ReadModelStore store;
    private final Clock clock;

    ClientFileController(CommandGateway commands, MatterAccess access, ReadModelStore store, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.access = access;
        this.store = store;
    }

    @PostMapping("/documents")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> file(@PathVariable String id, @Valid @RequestBody DocumentIn body) {
        access.workable(id);
        String documentId = UUID.randomUUID().toString();
        commands.sendAndWait(new FileDocument(id, documentId, body.kind(), body.title().strip(), body.contentHash(),
                body.storageUri(), body.sizeBytes(), access.login(), LocalDate.now(clock)));
        return Map.of("id", documentId);
    }

    @GetMapping("/documents")
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'ARCHIVIST', 'AUDITOR', 'ADMIN')")
    Page<DocumentView> documents(@PathVariable String id) {
        access.readable(id);
        return store.find(DocumentProjection.COLLECTION, ReadModelQuery.all().eq("matterId", id)
                .sortAscending("filedOn").page(0, ReadModelQuery.MAX_PAGE_SIZE), DocumentView.class);
    }

    @PostMapping("/communications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> communication(@PathVariable String id, @Valid @RequestBody CommunicationIn body) {
        access.workable(id);
        String communicationId = UUID.randomUUID().toString();
        commands.sendAndWait(new LogCommunication(id, communicationId, body.channel(), body.direction(),
                body.counterpart().strip(), body.summary(), body.at(), access.login()));
        return Map.of("id", communicationId);
    }

    @PostMapping("/follow-up-visits")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> visit(@PathVariable String id, @Valid @RequestBody VisitIn body) {
        access.workable(id);
        String visitId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordFollowUpVisit(id, visitId, body.visitedOn(), access.login(), body.summary()));
        return Map.of("id", visitId);
    }

    /** Intake opens an inquiry for the person referred, crediting this matter's client as the source. */
    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> referral(@PathVariable String id, @Valid @RequestBody ReferralIn body) {
        access.workable(id);
        String referralId = UUID.randomUUID().toString();
        List<Contact> contacts = body.contacts() == null ? List.of() : body.contacts().stream()
                .map(c -> new Contact(c.kind(), c.value(), c.label())).toList();
        commands.sendAndWait(new RecordReferral(id, referralId, body.kind(), body.referredName().strip(), contacts,
                body.need(), access.login(), body.recordedOn()));
        return Map.of("id", referralId);
    }
}
