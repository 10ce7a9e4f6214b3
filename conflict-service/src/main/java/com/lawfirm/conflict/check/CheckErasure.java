package com.lawfirm.conflict.check;

import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.privacy.Erased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An erased client or prospect leaves the recorded checks as a replay would now read them: the prospective client of
 * its own inquiries, its name in hits on it and on affiliation paths are erased; what the checks decided stays. The erasure comes long after the
 * last event of these checks, so nothing else writes them meanwhile and their versions stay. Fed from intake's topic.
 */
@Component
@ProcessingGroup(CheckErasure.PROCESSING_GROUP)
class CheckErasure {

    static final String PROCESSING_GROUP = "check-erasure";

    private final ReadModelStore store;

    CheckErasure(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(ClientPersonalDataErased e) {
        Set<String> files = Set.copyOf(e.subjects());
        eraseFromMatterParties(e.clientId(), files);
        eraseFromChecks(e.clientId(), files);
    }

    /** The checks of an erased prospect's inquiry lose what they searched for it; it was nobody's client. */
    @EventHandler
    void on(ProspectPersonalDataErased e) {
        eraseFromChecks(null, Set.copyOf(e.subjects()));
    }

    private void eraseFromChecks(String clientId, Set<String> files) {
        // page by page: a firm's recorded checks do not fit in memory at once
        ReadModelQuery all = ReadModelQuery.all().sortAscending("checkId");
        for (int page = 0; ; page++) {
            Page<ConflictCheckView> checks = store.find(ConflictCheckProjection.COLLECTION,
                    all.page(page, ReadModelQuery.MAX_PAGE_SIZE), ConflictCheckView.class);
            checks.items().forEach(check -> erase(check, clientId, files));
            if (checks.items().isEmpty() || (long) (page + 1) * ReadModelQuery.MAX_PAGE_SIZE >= checks.total()) {
                return;
            }
        }
    }

    private void erase(ConflictCheckView check, String clientId, Set<String> files) {
        Predicate<String> erased = subject -> subject != null && (subject.equals(clientId) || files.contains(subject));
        boolean ownInquiry = erased.test(check.inquiryId);
        boolean hitsTheErased = check.hits != null && check.hits.stream().anyMatch(h -> namesTheErased(h, erased));
        if (!ownInquiry && !hitsTheErased) {
            return;
        }
        store.rewrite(ConflictCheckProjection.COLLECTION, check.checkId, ConflictCheckView.class, v -> {
            if (ownInquiry && v.parties != null) {
                v.parties = v.parties.stream().map(Erased::prospectiveClient).toList();
            }
            if (v.hits != null) {
                v.hits = v.hits.stream().map(h -> erased(h, ownInquiry, erased)).toList();
            }
        });
    }

    /**
     * Whether the hit names an erased subject: its stored name sealed under the client it is on or else the inquiry
     * whose prospect it is, or a name on its affiliation path sealed under its own subject.
     */
    private static boolean namesTheErased(FrozenHit hit, Predicate<String> erased) {
        return erased.test(matchedSubject(hit)) || path(hit).stream()
                .anyMatch(link -> erased.test(link.fromSubject()) || erased.test(link.toSubject()));
    }

    private static String matchedSubject(FrozenHit hit) {
        return hit.clientId() != null ? hit.clientId() : hit.prospectInquiry();
    }

    private static List<AffiliationLink> path(FrozenHit hit) {
        return hit.path() == null ? List.of() : hit.path();
    }

    /** The parties kept for team members' checks lose the client's own. */
    private void eraseFromMatterParties(String clientId, Set<String> files) {
        List<TeamMemberCheckPolicy.MatterParties> kept = new ArrayList<>(find("clientId", clientId));
        files.forEach(file -> kept.addAll(find("engagementId", file)));
        for (TeamMemberCheckPolicy.MatterParties matter : kept) {
            store.rewriteWith(TeamMemberCheckPolicy.MATTERS, matter.matterId(), TeamMemberCheckPolicy.MatterParties.class,
                    stored -> new TeamMemberCheckPolicy.MatterParties(stored.matterId(), stored.clientId(),
                            stored.engagementId(), stored.parties().stream().map(Erased::clientParty).toList()));
        }
    }

    private List<TeamMemberCheckPolicy.MatterParties> find(String field, String value) {
        return store.findAll(TeamMemberCheckPolicy.MATTERS, ReadModelQuery.all().eq(field, value),
                TeamMemberCheckPolicy.MatterParties.class);
    }

    /**
     * As a replay now reads a hit: what was searched is sealed under the check's inquiry, the name matched under the
     * client the hit is on, or else under the inquiry whose prospect it is, and each name on the path under its own.
     */
    private static FrozenHit erased(FrozenHit hit, boolean searched, Predicate<String> erased) {
        return new FrozenHit(hit.party(), hit.matchKind(), hit.score(), hit.searchedField(),
                searched && hit.searchedValue() != null ? PersonalData.ERASED : hit.searchedValue(),
                erased.test(matchedSubject(hit)) && hit.matchedName() != null ? PersonalData.ERASED : hit.matchedName(),
                hit.matchedBecause(), hit.matters(), hit.clientId(), hit.formerClient(), hit.staffId(), hit.staffLink(),
                path(hit).stream().map(link -> link.without(erased)).toList(),
                hit.prospectInquiry());
    }
}
