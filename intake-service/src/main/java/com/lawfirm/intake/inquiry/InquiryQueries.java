package com.lawfirm.intake.inquiry;

import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Inquiry read-model queries other features of intake use. */
@Component
public class InquiryQueries {

    private final ReadModelStore store;

    InquiryQueries(ReadModelStore store) {
        this.store = store;
    }

    public Optional<InquiryView> find(String inquiryId) {
        return store.get(InquiryProjection.COLLECTION, inquiryId, InquiryView.class);
    }

    /** The latest inquiries of a registered client, newest first. */
    public List<InquiryView> ofClient(String clientId) {
        return store.find(InquiryProjection.COLLECTION, ReadModelQuery.all().eq("existingClientId", clientId)
                .sortDescending("openedAt").page(0, 100), InquiryView.class).items();
    }

    /** Every inquiry of a registered client, however many (an erasure must miss none). */
    public List<String> idsOfClient(String clientId) {
        return store.findAll(InquiryProjection.COLLECTION, ReadModelQuery.all().eq("existingClientId", clientId)
                .sortAscending("inquiryId"), InquiryView.class).stream().map(inquiry -> inquiry.inquiryId).toList();
    }
}
