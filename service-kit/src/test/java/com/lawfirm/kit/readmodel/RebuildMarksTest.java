package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.testing.TestStack;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which instance runs a rebuild, on a real PostgreSQL: a mark is changed only by its own instance, or once that
 * instance is gone — neither beating nor renewing a claim on a segment.
 */
class RebuildMarksTest {

    private JdbcTemplate jdbc;
    private RebuildMarks first;
    private RebuildMarks second;

    @BeforeEach
    void database() {
        TestStack.get().postgres().createDatabase("rebuild_marks");
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(TestStack.get().postgres().jdbcUrl("rebuild_marks"));
        database.setUser(TestStack.get().postgres().user());
        database.setPassword(TestStack.get().postgres().password());
        Flyway.configure().dataSource(database).locations("classpath:db/kit").load().migrate();
        jdbc = new JdbcTemplate(database);
        jdbc.update("DELETE FROM projection_rebuild");
        jdbc.update("DELETE FROM processor_node");
        jdbc.update("DELETE FROM token_entry");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        first = new RebuildMarks(jdbc, transaction, "first");
        second = new RebuildMarks(jdbc, transaction, "second");
    }

    @Test
    void aRebuildIsTheFirstClaimersWhileItLives() {
        long epoch = first.claim("notes", 2);
        assertThat(epoch).isPositive();
        assertThat(second.claim("notes", 2)).as("the first beats").isEqualTo(RebuildMarks.ELSEWHERE);
        assertThat(first.claim("notes", 2)).as("its own again, in the same epoch").isEqualTo(epoch);

        second.done("notes");
        assertThat(jdbc.queryForList("SELECT node_id FROM projection_rebuild", String.class))
                .as("the second does not remove the first's mark").containsExactly("first");
        assertThat(second.ownUnderWay()).isEmpty();
        assertThat(first.ownUnderWay()).containsExactly("notes");

        first.done("notes");
        assertThat(first.underWay()).isEmpty();
    }

    @Test
    void anInstanceWhoseBeatIsHeldUpButRenewsItsClaimsIsAlive() {
        assertThat(first.claim("notes", 2)).isPositive();
        jdbc.update("DELETE FROM processor_node WHERE node_id = 'first'");
        jdbc.update("INSERT INTO token_entry (processor_name, segment, owner, time_stamp) VALUES ('notes', 0, 'first', ?)",
                Instant.now().toString());

        assertThat(second.claim("notes", 2)).as("its claim renewed a moment ago").isEqualTo(RebuildMarks.ELSEWHERE);

        jdbc.update("UPDATE token_entry SET time_stamp = ?", Instant.now().minusSeconds(30).toString());
        assertThat(second.claim("notes", 2)).as("gone: no beat, its claims lapsed").isPositive();
        assertThat(second.ownUnderWay()).containsExactly("notes");
    }

    /**
     * An instance taken for gone whose rebuild another took up: its epoch no longer holds, so it neither swaps nor
     * empties the shadows, nor removes the other's mark when it ends.
     */
    @Test
    void aRebuildTakenUpElsewhereNoLongerHoldsTheMark() {
        long before = first.claim("notes", 2);
        assertThat(first.holds("notes", before)).isTrue();
        jdbc.update("DELETE FROM processor_node WHERE node_id = 'first'");

        long after = second.claim("notes", 2);

        assertThat(after).isGreaterThan(before);
        assertThat(first.holds("notes", before)).isFalse();
        assertThat(second.holds("notes", after)).isTrue();
        first.done("notes", before);
        assertThat(second.ownUnderWay()).as("the second's mark stays").containsExactly("notes");
        second.done("notes", after);
        assertThat(second.underWay()).isEmpty();
    }

    @Test
    void aMarkWithNoInstanceIsTakenUp() {
        jdbc.update("INSERT INTO projection_rebuild (projection, segments, started_at) VALUES ('notes', 1, now())");

        assertThat(second.claim("notes", 1)).isPositive();
        assertThat(first.claim("notes", 1)).isEqualTo(RebuildMarks.ELSEWHERE);
    }
}
