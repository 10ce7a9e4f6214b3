package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.BeforeAll;

class PostgresReadModelStoreTest extends ReadModelStoreContract {

    private static PostgresReadModelStore store;

    @BeforeAll
    static void migrate() {
        store = TestStack.get().readModels("kit_read_models");
    }

    @Override
    protected ReadModelStore store() {
        return store;
    }
}
