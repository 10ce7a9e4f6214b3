package com.lawfirm.kit.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same contract on MongoDB; needs Docker, and is skipped (not failed) where there is none. */
@Testcontainers(disabledWithoutDocker = true)
class MongoReadModelStoreTest extends ReadModelStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private static MongoClient client;
    private static MongoReadModelStore store;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getConnectionString());
        store = new MongoReadModelStore(client.getDatabase("lawfirm_test"), new ObjectMapper());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected ReadModelStore store() {
        return store;
    }
}
