package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.privacy.Erased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An erased client's matters read as a replay now reads them: no client name, no client party; the matters, their
 * work and history stay. The erasure comes long after the client's matters closed, so nothing else writes these
 * documents meanwhile and their versions stay. Fed from intake's topic; the timeline needs nothing, it is sealed.
 */
@Component
@ProcessingGroup("matter-erasure")
class MatterErasure {

    private final ReadModelStore store;

    MatterErasure(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(ClientPersonalDataErased e) {
        Set<String> matters = new LinkedHashSet<>();
        find("clientId", e.clientId(), matters);
        // a matter of a prospect never registered names the engagement, not the client
        e.subjects().forEach(subject -> find("engagementId", subject, matters));
        for (String matterId : matters) {
            store.rewrite(MatterProjection.COLLECTION, matterId, MatterView.class, v -> {
                v.clientName = PersonalData.ERASED;
                v.parties = v.parties.stream().map(Erased::clientParty).toList();
            });
        }
    }

    private void find(String field, String value, Set<String> into) {
        store.findAll(MatterProjection.COLLECTION, ReadModelQuery.all().eq(field, value), MatterView.class)
                .forEach(matter -> into.add(matter.matterId));
    }
}
