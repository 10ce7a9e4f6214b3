package com.lawfirm.kit.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.serialization.Serializer;
import org.slf4j.LoggerFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Crypto-shredding for every service: the subjects' key store, the cipher, and the event serializer wrapped so that
 * personal data is sealed in the event store, on Kafka and in dead letters alike.
 */
@AutoConfiguration
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyAutoConfiguration {

    @Bean
    public SubjectKeys subjectKeys(PrivacyProperties properties, DataSource dataSource) {
        DataSource store = dataSource;
        HikariDataSource ownPool = null;
        if (properties.keyStore().ownDatabase()) {
            LoggerFactory.getLogger(PrivacyAutoConfiguration.class).warn("the data subjects' keys are kept in this "
                    + "service's own database: other services cannot read its personal data; set lawfirm.privacy.key-store.url");
        } else {
            HikariDataSource shared = new HikariDataSource();
            shared.setJdbcUrl(properties.keyStore().url());
            shared.setUsername(properties.keyStore().username());
            shared.setPassword(properties.keyStore().password());
            shared.setPoolName("subject-keys");
            shared.setMaximumPoolSize(4);
            // as the service's own pool: a statement hung on the key store is cut instead of holding a command forever
            shared.addDataSourceProperty("socketTimeout", 300);
            store = shared;
            ownPool = shared;
        }
        SubjectKeys keys = new SubjectKeys(new JdbcTemplate(store),
                new TransactionTemplate(new DataSourceTransactionManager(store)),
                MasterKey.from(properties), properties.keyCacheTtl(), ownPool);
        keys.createStore();
        return keys;
    }

    @Bean
    public PersonalDataCipher personalDataCipher(SubjectKeys keys, ObjectMapper objectMapper) {
        return new PersonalDataCipher(keys, objectMapper);
    }

    @Bean
    public SealedPayloads sealedPayloads(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return new SealedPayloads(eventSerializer);
    }

    /**
     * Wraps Axon's event serializer; the cipher is looked up on first use, after the context is built, and kept:
     * a bean lookup on every event cost more than sealing it.
     */
    @Bean
    public static BeanPostProcessor personalDataSerializerWrapper(ObjectProvider<PersonalDataCipher> cipher) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("eventSerializer".equals(beanName) && bean instanceof JacksonSerializer jackson) {
                    return new PersonalDataSerializer(jackson, new FirstUse<>(cipher::getObject));
                }
                return bean;
            }
        };
    }
}
