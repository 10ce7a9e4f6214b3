package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Which inquiries converted into a signed engagement, for the source statistics. */
@Component
@ProcessingGroup("conversions")
class ConversionProjection {

    static final String COLLECTION = "inquiry-conversions";

    record Conversion(String inquiryId, String engagementId, Instant signedAt) {
    }

    private final ReadModelStore store;

    ConversionProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(EngagementSigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        if (e.inquiryId() != null) {
            store.upsert(COLLECTION, e.inquiryId(), seq, new Conversion(e.inquiryId(), e.engagementId(), at));
        }
    }
}
