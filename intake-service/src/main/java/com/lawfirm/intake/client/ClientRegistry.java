package com.lawfirm.intake.client;

import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The client registry as other features of intake read it. */
@Component
public class ClientRegistry {

    private final ReadModelStore store;

    ClientRegistry(ReadModelStore store) {
        this.store = store;
    }

    public Optional<ClientView> find(String clientId) {
        return store.get(ClientProjection.COLLECTION, clientId, ClientView.class);
    }
}
