package com.lawfirm.conflict.recheck;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An erased client or prospect leaves the potential conflicts as a replay would now read them: its name as the party a
 * finding is about, and on the finding's path, is erased; what the analyst concluded stays. Findings recorded before
 * their names were sealed keep them (see PotentialConflictDiscovered revision 2). Fed from intake's topic with the
 * checks' erasure.
 */
@Component
@ProcessingGroup("check-erasure")
class PotentialConflictErasure {

    private final ReadModelStore store;

    PotentialConflictErasure(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(ClientPersonalDataErased e) {
        Set<String> subjects = new HashSet<>(e.subjects());
        subjects.add(e.clientId());
        erase(subjects::contains);
    }

    @EventHandler
    void on(ProspectPersonalDataErased e) {
        erase(Set.copyOf(e.subjects())::contains);
    }

    private void erase(Predicate<String> erased) {
        // page by page, in a stable order: rewriting a finding does not move it
        ReadModelQuery all = ReadModelQuery.all().sortAscending("discoveryId");
        for (int page = 0; ; page++) {
            Page<PotentialConflictView> found = store.find(PotentialConflictProjection.COLLECTION,
                    all.page(page, ReadModelQuery.MAX_PAGE_SIZE), PotentialConflictView.class);
            found.items().stream().filter(v -> names(v, erased)).forEach(v -> store.rewrite(
                    PotentialConflictProjection.COLLECTION, v.discoveryId, PotentialConflictView.class, view -> {
                        if (view.subjectId != null && erased.test(view.subjectId)) {
                            view.subjectName = PersonalData.ERASED;
                        }
                        if (view.path != null) {
                            view.path = view.path.stream().map(link -> link.without(erased)).toList();
                        }
                    }));
            if (found.items().isEmpty() || (long) (page + 1) * ReadModelQuery.MAX_PAGE_SIZE >= found.total()) {
                return;
            }
        }
    }

    private static boolean names(PotentialConflictView v, Predicate<String> erased) {
        return v.subjectId != null && erased.test(v.subjectId) || v.path != null && v.path.stream().anyMatch(link ->
                link.fromSubject() != null && erased.test(link.fromSubject())
                        || link.toSubject() != null && erased.test(link.toSubject()));
    }
}
