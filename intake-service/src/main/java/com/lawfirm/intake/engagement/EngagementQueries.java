package com.lawfirm.intake.engagement;

import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Engagement read-model queries other features of intake use. */
@Component
public class EngagementQueries {

    private final ReadModelStore store;

    EngagementQueries(ReadModelStore store) {
        this.store = store;
    }

    /** The latest engagements of a registered client, newest first. */
    public List<EngagementView> ofClient(String clientId) {
        return store.find(EngagementProjection.COLLECTION, ReadModelQuery.all().eq("clientId", clientId)
                .sortDescending("draftedAt").page(0, 100), EngagementView.class).items();
    }

    /** The engagement signed from the inquiry, if any: its prospect is then the client it binds. */
    public Optional<EngagementView> signedFrom(String inquiryId) {
        return store.findAll(EngagementProjection.COLLECTION, ReadModelQuery.all().eq("inquiryId", inquiryId),
                EngagementView.class).stream().filter(engagement -> engagement.status == EngagementView.Status.SIGNED)
                .findFirst();
    }

    /** Every engagement of a client, however many (an erasure must miss none). */
    public List<EngagementView> allOfClient(String clientId) {
        return store.findAll(EngagementProjection.COLLECTION, ReadModelQuery.all().eq("clientId", clientId)
                .sortAscending("engagementId"), EngagementView.class);
    }
}
