package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.DocumentFiled;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps the documents of every client file, one document per filed item. */
@Component
@ProcessingGroup("documents")
class DocumentProjection {

    static final String COLLECTION = "matter_documents";

    private final ReadModelStore store;

    DocumentProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(DocumentFiled e, @SequenceNumber long seq) {
        store.upsert(COLLECTION, e.documentId(), seq, new DocumentView(e.documentId(), e.matterId(), e.kind(), e.title(),
                e.contentHash(), e.storageUri(), e.sizeBytes(), e.filedBy(), e.filedOn()));
    }
}
