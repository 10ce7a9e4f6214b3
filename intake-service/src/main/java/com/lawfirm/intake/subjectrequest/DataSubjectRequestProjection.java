package com.lawfirm.intake.subjectrequest;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.DataSubjectRequestAnswered;
import com.lawfirm.events.intake.DataSubjectRequestReceived;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the register of data subjects' requests, one document per request. */
@Component
@ProcessingGroup("data-subject-requests")
class DataSubjectRequestProjection {

    static final String COLLECTION = "data-subject-requests";

    private final ReadModelStore store;

    DataSubjectRequestProjection(ReadModelStore store) {
        this.store = store;
    }

    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(DataSubjectRequestReceived e, @SequenceNumber long seq) {
        DataSubjectRequestView v = new DataSubjectRequestView();
        v.requestId = e.requestId();
        v.clientId = e.clientId();
        v.inquiryId = e.inquiryId();
        v.kind = e.kind();
        v.details = e.details();
        v.receivedOn = e.receivedOn();
        v.dueBy = e.dueBy();
        v.recordedBy = e.recordedBy();
        v.open = true;
        store.upsert(COLLECTION, e.requestId(), seq, v);
    }

    @EventHandler
    void on(DataSubjectRequestAnswered e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.requestId(), seq, DataSubjectRequestView.class, v -> {
            v.open = false;
            v.fulfilled = e.fulfilled();
            v.answer = e.answer();
            v.answeredOn = e.answeredOn();
            v.late = e.late();
            v.answeredBy = e.answeredBy();
        });
    }

    /** The request stays on the register (the firm shows it answered it); what it said of the client goes. */
    @EventHandler
    void on(ClientPersonalDataErased e) {
        erase(store.findAll(COLLECTION, ReadModelQuery.all().eq("clientId", e.clientId()), DataSubjectRequestView.class));
        // what the client asked while still a prospect of one of its inquiries
        e.subjects().forEach(subject -> erase(store.findAll(COLLECTION, ReadModelQuery.all().eq("inquiryId", subject),
                DataSubjectRequestView.class)));
    }

    @EventHandler
    void on(ProspectPersonalDataErased e) {
        erase(store.findAll(COLLECTION, ReadModelQuery.all().eq("inquiryId", e.inquiryId()), DataSubjectRequestView.class));
    }

    private void erase(List<DataSubjectRequestView> requests) {
        requests.forEach(request -> store.rewrite(COLLECTION, request.requestId, DataSubjectRequestView.class, v -> {
            v.details = v.details == null ? null : PersonalData.ERASED;
            v.answer = v.answer == null ? null : PersonalData.ERASED;
        }));
    }
}
