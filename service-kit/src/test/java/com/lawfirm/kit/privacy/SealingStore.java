package com.lawfirm.kit.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lawfirm.kit.testing.TestStack;
import org.axonframework.serialization.json.JacksonSerializer;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/** A key store in a database of the test PostgreSQL, and serializers that seal with its keys, as a service has them. */
final class SealingStore {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final PGSimpleDataSource database = new PGSimpleDataSource();

    SealingStore() {
        TestStack.get().postgres().createDatabase("privacy_unit");
        database.setUrl(TestStack.get().postgres().jdbcUrl("privacy_unit"));
        database.setUser(TestStack.get().postgres().user());
        database.setPassword(TestStack.get().postgres().password());
    }

    /** The store's keys as one service reaches them, wrapped by {@code masterKey}. */
    SubjectKeys keys(String masterKey) {
        return new SubjectKeys(new JdbcTemplate(database), new TransactionTemplate(new DataSourceTransactionManager(database)),
                MasterKey.from(new PrivacyProperties(masterKey, null, null, Duration.ofMinutes(1))), Duration.ofMinutes(1), null);
    }

    /** Transactions on the key store's database, as a command's are when a service keeps its keys in its own. */
    TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(database));
    }

    PersonalDataSerializer serializer(SubjectKeys keys) {
        PersonalDataCipher cipher = new PersonalDataCipher(keys, json);
        return new PersonalDataSerializer(jackson(), () -> cipher);
    }

    JacksonSerializer jackson() {
        return JacksonSerializer.builder().objectMapper(json).build();
    }
}
