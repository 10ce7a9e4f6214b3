package com.lawfirm.notification;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database refuses the first inbox row that meets a condition, as a failing write would, and counts the tries:
 * for tests of what is tried again. Closing it stops the refusing.
 */
public final class FirstInboxRowRefused implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String name;

    /** {@code condition} is SQL on {@code NEW}, the read-model row being inserted (its {@code doc} is JSON). */
    public FirstInboxRowRefused(JdbcTemplate jdbc, String name, String condition) {
        this.jdbc = jdbc;
        this.name = name;
        jdbc.execute("DROP SEQUENCE IF EXISTS " + name);
        jdbc.execute("CREATE SEQUENCE " + name);
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF nextval('%1$s') = 1 THEN
                        RAISE EXCEPTION 'the first inbox row of %1$s is refused';
                    END IF;
                    RETURN NEW;
                END $$""".formatted(name));
        jdbc.execute("CREATE TRIGGER " + name + " BEFORE INSERT ON read_model FOR EACH ROW"
                + " WHEN (NEW.collection = 'inbox' AND " + condition + ") EXECUTE FUNCTION " + name + "()");
    }

    /** How often such a row was tried. */
    public long tries() {
        return jdbc.queryForObject("SELECT last_value FROM " + name, Long.class);
    }

    @Override
    public void close() {
        jdbc.execute("DROP TRIGGER " + name + " ON read_model");
    }
}
