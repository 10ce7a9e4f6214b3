package com.lawfirm.intake.privacy;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.kit.privacy.SubjectKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Destroys the keys of an erased client and its files, or of an erased prospect's inquiry. It tracks the event store, so a key is destroyed even when
 * the service stopped right after recording the erasure; destroying a destroyed key changes nothing.
 */
@Component
@ProcessingGroup("key-shredding")
class KeyShredder {

    private static final Logger log = LoggerFactory.getLogger(KeyShredder.class);

    private final SubjectKeys keys;

    KeyShredder(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(ClientPersonalDataErased e) {
        int destroyed = keys.destroy(e.subjects()).size();
        // ids only: the log says nothing of who the client was
        log.info("erasure of client {}: {} of {} keys destroyed now", e.clientId(), destroyed, e.subjects().size());
    }

    @EventHandler
    void on(ProspectPersonalDataErased e) {
        int destroyed = keys.destroy(e.subjects()).size();
        log.info("erasure of the prospect of inquiry {}: {} of {} keys destroyed now", e.inquiryId(), destroyed,
                e.subjects().size());
    }
}
