package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.privacy.Erased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.privacy.SubjectKeys;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.casefile.MatterCommands.RecordClientErasure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.lawfirm.events.privacy.Erased.text;

/**
 * An erased client's matters read as a replay now reads them: no client name, no client party, and none of what is
 * sealed under the matter (authorisations' questions and answers, materials' descriptions and who handed them over or
 * signed for them, documents' titles, open tasks and corrective actions, the outcome); the matters, their team, time,
 * dates and history stay. Text an event stored in clear, before it was sealed, goes too, but comes back on a rebuild.
 * The erasure comes long after the client's matters closed, so nothing else writes these documents meanwhile and their
 * versions stay. Fed from intake's topic; the timeline needs nothing, it is sealed. Each matter records the erasure
 * too ({@code MatterClientErased}), so that it refuses what would speak of the client from then on.
 */
@Component
@ProcessingGroup("matter-erasure")
class MatterErasure {

    private static final Logger log = LoggerFactory.getLogger(MatterErasure.class);

    private final ReadModelStore store;
    private final SubjectKeys keys;
    private final CommandGateway commands;

    MatterErasure(ReadModelStore store, SubjectKeys keys, CommandGateway commands) {
        this.store = store;
        this.keys = keys;
        this.commands = commands;
    }

    @EventHandler
    void on(ClientPersonalDataErased e) {
        Set<String> matters = new LinkedHashSet<>();
        find("clientId", e.clientId(), matters);
        // a matter of a prospect never registered names the engagement, not the client
        e.subjects().forEach(subject -> find("engagementId", subject, matters));
        // intake lists the matters it heard of; one it missed (its opening parked there, say) still goes, from here
        List<String> unlisted = matters.stream().filter(matterId -> !e.subjects().contains(matterId)).toList();
        if (!unlisted.isEmpty()) {
            log.warn("erasure of client {} did not list its matters {}; their keys are destroyed here", e.clientId(),
                    unlisted);
        }
        keys.destroy(matters);
        for (String matterId : matters) {
            store.rewrite(MatterProjection.COLLECTION, matterId, MatterView.class, v -> {
                v.clientName = PersonalData.ERASED;
                v.description = text(v.description);
                v.parties = v.parties.stream().map(Erased::clientParty).toList();
                v.team.replaceAll(s -> new MatterView.Seat(s.staffId(), s.login(), s.name(), s.role(),
                        s.undertakingSigned(), s.conflictCleared(), Erased.list(s.conflictFindings())));
                v.outcome = text(v.outcome);
                v.feeException = text(v.feeException);
                v.keyEventsOutstanding.replaceAll(k -> new MatterView.KeyEventDue(k.keyEventId(), k.kind(),
                        text(k.description()), k.communicateBy()));
                v.openItems.replaceAll(d -> new MatterView.Deadline(d.itemId(), d.kind(), text(d.title()), d.owner(),
                        d.dueOn()));
                v.openCorrectiveActions.replaceAll(a -> new MatterView.ActionDue(a.reviewId(), a.actionId(),
                        text(a.action()), a.owner(), a.dueOn()));
            });
            eraseRecords(matterId);
            // and on the matter itself, which records nothing more of the relationship (once; an archived one is not
            // written to)
            commands.sendAndWait(new RecordClientErasure(matterId, e.clientId(), e.erasedOn()));
        }
    }

    /** What is sealed under the matter (its client's records) reads erased, as a replay reads it. */
    private void eraseRecords(String matterId) {
        ReadModelQuery ofMatter = ReadModelQuery.all().eq("matterId", matterId);
        store.findAll(AuthorizationProjection.COLLECTION, ofMatter, AuthorizationView.class).forEach(authorization ->
                store.rewrite(AuthorizationProjection.COLLECTION, authorization.authorizationId, AuthorizationView.class,
                        v -> {
                            v.question = text(v.question);
                            v.options = new ArrayList<>();
                            v.recommendation = text(v.recommendation);
                            v.chosenOption = text(v.chosenOption);
                            v.action = text(v.action);
                        }));
        store.findAll(MaterialProjection.COLLECTION, ofMatter, MaterialView.class).forEach(material ->
                store.rewrite(MaterialProjection.COLLECTION, material.materialId, MaterialView.class, v -> {
                    v.description = text(v.description);
                    v.receivedFrom = text(v.receivedFrom);
                    v.returnSignedBy = text(v.returnSignedBy);
                }));
        store.findAll(DocumentProjection.COLLECTION, ofMatter, DocumentView.class).forEach(document ->
                store.rewriteWith(DocumentProjection.COLLECTION, document.documentId(), DocumentView.class,
                        d -> new DocumentView(d.documentId(), d.matterId(), d.kind(), text(d.title()), d.contentHash(),
                                d.storageUri(), d.sizeBytes(), d.filedBy(), d.filedOn())));
    }

    private void find(String field, String value, Set<String> into) {
        store.findAll(MatterProjection.COLLECTION, ReadModelQuery.all().eq(field, value), MatterView.class)
                .forEach(matter -> into.add(matter.matterId));
    }
}
