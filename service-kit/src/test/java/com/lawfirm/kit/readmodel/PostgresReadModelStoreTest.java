package com.lawfirm.kit.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lawfirm.kit.testing.TestStack;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class PostgresReadModelStoreTest extends ReadModelStoreContract {

    private static PostgresReadModelStore store;

    @BeforeAll
    static void migrate() {
        var props = TestStack.get().serviceProperties("kit_read_models");
        var dataSource = new DriverManagerDataSource((String) props.get("spring.datasource.url"),
                (String) props.get("spring.datasource.username"), (String) props.get("spring.datasource.password"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kit").load().migrate();
        store = new PostgresReadModelStore(new JdbcTemplate(dataSource), new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @Override
    protected ReadModelStore store() {
        return store;
    }
}
