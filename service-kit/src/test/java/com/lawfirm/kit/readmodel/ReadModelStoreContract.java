package com.lawfirm.kit.readmodel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every read-model adapter must do; each adapter's test extends this and supplies a store. */
abstract class ReadModelStoreContract {

    record Address(String city) {
    }

    record MatterDoc(String id, String name, String stage, int ageDays, boolean stale, Address address) {
    }

    protected abstract ReadModelStore store();

    private String collection;

    @BeforeEach
    void freshCollection() {
        collection = "matters_" + System.nanoTime();
    }

    @Test
    void upsertThenGetRoundTripsChineseAndEnglish() {
        MatterDoc doc = new MatterDoc("m1", "杭州澜海智能科技有限公司 v. Initrode", "OPEN", 3, false, new Address("杭州"));
        assertThat(store().upsert(collection, "m1", 1, doc)).isTrue();
        assertThat(store().get(collection, "m1", MatterDoc.class)).contains(doc);
        assertThat(store().version(collection, "m1")).isEqualTo(1);
        assertThat(store().get(collection, "missing", MatterDoc.class)).isEmpty();
        assertThat(store().version(collection, "missing")).isEqualTo(-1);
    }

    @Test
    void anOlderOrEqualVersionNeverOverwrites() {
        store().upsert(collection, "m1", 5, doc("m1", "OPEN", 1));
        assertThat(store().upsert(collection, "m1", 5, doc("m1", "CLOSED", 1))).isFalse();
        assertThat(store().upsert(collection, "m1", 4, doc("m1", "CLOSED", 1))).isFalse();
        assertThat(store().get(collection, "m1", MatterDoc.class).orElseThrow().stage()).isEqualTo("OPEN");
        assertThat(store().upsert(collection, "m1", 6, doc("m1", "CLOSED", 1))).isTrue();
        assertThat(store().get(collection, "m1", MatterDoc.class).orElseThrow().stage()).isEqualTo("CLOSED");
    }

    @Test
    void updateAppliesAChangeOncePerVersion() {
        store().upsert(collection, "m1", 1, doc("m1", "OPEN", 1));
        assertThat(store().update(collection, "m1", 2, MatterDoc.class, d -> doc(d.id(), d.stage(), d.ageDays() + 1))).isTrue();
        assertThat(store().update(collection, "m1", 2, MatterDoc.class, d -> doc(d.id(), d.stage(), d.ageDays() + 1))).isFalse();
        assertThat(store().get(collection, "m1", MatterDoc.class).orElseThrow().ageDays()).isEqualTo(2);
    }

    @Test
    void anOverwriteKeepsTheVersionSoTheStreamStillApplies() {
        store().upsert(collection, "m1", 3, new MatterDoc("m1", "张三 v. Initrode", "OPEN", 1, false, null));
        assertThat(store().overwrite(collection, "m1", 2, doc("m1", "CLOSED", 1))).as("moved on meanwhile").isFalse();
        assertThat(store().rewriteWith(collection, "m1", MatterDoc.class,
                d -> new MatterDoc(d.id(), "〔已删除 erased〕", d.stage(), d.ageDays(), d.stale(), d.address()))).isTrue();
        assertThat(store().version(collection, "m1")).isEqualTo(3);
        assertThat(store().get(collection, "m1", MatterDoc.class).orElseThrow().name()).isEqualTo("〔已删除 erased〕");
        assertThat(store().upsert(collection, "m1", 3, doc("m1", "CLOSED", 1))).isFalse();
        assertThat(store().upsert(collection, "m1", 4, doc("m1", "CLOSED", 1))).isTrue();
        assertThat(store().rewriteWith(collection, "missing", MatterDoc.class, d -> d)).isFalse();
        assertThat(store().get(collection, "missing", MatterDoc.class)).isEmpty();
    }

    @Test
    void findsByEqualityAndRangesWithSortAndPaging() {
        for (int i = 1; i <= 12; i++) {
            store().upsert(collection, "m" + i, 1, doc("m" + i, i % 3 == 0 ? "CLOSED" : "OPEN", i));
        }
        Page<MatterDoc> open = store().find(collection,
                ReadModelQuery.all().eq("stage", "OPEN").gte("ageDays", 4).sortDescending("ageDays").page(0, 3),
                MatterDoc.class);
        assertThat(open.total()).isEqualTo(6); // 4,5,7,8,10,11
        assertThat(open.items()).extracting(MatterDoc::ageDays).containsExactly(11, 10, 8);

        Page<MatterDoc> second = store().find(collection,
                ReadModelQuery.all().eq("stage", "OPEN").gte("ageDays", 4).sortDescending("ageDays").page(1, 3),
                MatterDoc.class);
        assertThat(second.items()).extracting(MatterDoc::ageDays).containsExactly(7, 5, 4);

        Page<MatterDoc> young = store().find(collection,
                ReadModelQuery.all().lt("ageDays", 3).sortAscending("ageDays"), MatterDoc.class);
        assertThat(young.items()).extracting(MatterDoc::id).containsExactly("m1", "m2");
    }

    @Test
    void rangesSkipDocumentsWithoutTheValue() {
        store().upsert(collection, "due", 1, doc("due", "2026-11-30", 1));
        store().upsert(collection, "none", 1, doc("none", null, 2));
        Page<MatterDoc> before = store().find(collection, ReadModelQuery.all().lt("stage", "2026-12-01"), MatterDoc.class);
        assertThat(before.items()).extracting(MatterDoc::id).containsExactly("due");
    }

    @Test
    void findsByNestedFieldsAndBooleans() {
        store().upsert(collection, "a", 1, new MatterDoc("a", "甲", "OPEN", 1, true, new Address("北京")));
        store().upsert(collection, "b", 1, new MatterDoc("b", "乙", "OPEN", 1, false, new Address("上海")));
        assertThat(store().find(collection, ReadModelQuery.all().eq("address.city", "北京"), MatterDoc.class).items())
                .extracting(MatterDoc::id).containsExactly("a");
        assertThat(store().find(collection, ReadModelQuery.all().eq("stale", false), MatterDoc.class).items())
                .extracting(MatterDoc::id).containsExactly("b");
        store().upsert(collection, "c", 1, new MatterDoc("c", "Beta Holdings", "OPEN", 1, false, new Address("Hong Kong")));
        assertThat(store().find(collection, ReadModelQuery.all().gt("name", "Alpha"), MatterDoc.class).items())
                .extracting(MatterDoc::id).contains("c");
    }

    record Tagged(String id, String name, List<String> keys) {
    }

    @Test
    void findsArrayElementsAndTextInsideStringsAndArrays() {
        store().upsert(collection, "a", 1, new Tagged("a", "杭州澜海智能科技有限公司", List.of("uscc:91330106MA2H8K3L08", "澜海")));
        store().upsert(collection, "b", 1, new Tagged("b", "Initrode Corporation", List.of("initrode", "50%_off")));
        assertThat(store().find(collection, ReadModelQuery.all().contains("keys", "澜海"), Tagged.class).items())
                .extracting(Tagged::id).containsExactly("a");
        assertThat(store().find(collection, ReadModelQuery.all().contains("keys", "澜"), Tagged.class).items()).isEmpty();
        assertThat(store().find(collection, ReadModelQuery.all().containsText("name", "澜海智能"), Tagged.class).items())
                .extracting(Tagged::id).containsExactly("a");
        assertThat(store().find(collection, ReadModelQuery.all().containsText("name", "INITRODE"), Tagged.class).items())
                .extracting(Tagged::id).containsExactly("b");
        assertThat(store().find(collection, ReadModelQuery.all().containsText("keys", "MA2H8"), Tagged.class).items())
                .extracting(Tagged::id).containsExactly("a");
        assertThat(store().find(collection, ReadModelQuery.all().containsText("keys", "%_"), Tagged.class).items())
                .extracting(Tagged::id).containsExactly("b");
        assertThat(store().find(collection, ReadModelQuery.all().containsText("keys", "_o"), Tagged.class).items())
                .extracting(Tagged::id).containsExactly("b");
        assertThat(store().find(collection, ReadModelQuery.all().containsText("name", "x%"), Tagged.class).items()).isEmpty();
    }

    @Test
    void deleteAndClear() {
        store().upsert(collection, "a", 1, doc("a", "OPEN", 1));
        store().upsert(collection, "b", 1, doc("b", "OPEN", 1));
        assertThat(store().delete(collection, "a")).isTrue();
        assertThat(store().delete(collection, "a")).isFalse();
        store().clear(collection);
        assertThat(store().find(collection, ReadModelQuery.all(), MatterDoc.class).total()).isZero();
    }

    @Test
    void aRebuiltCopyReplacesTheCollectionWhole() {
        String rebuilt = collection + "__shadow";
        store().upsert(collection, "old", 3, doc("old", "OPEN", 1));
        store().upsert(rebuilt, "a", 1, doc("a", "CLOSED", 2));
        store().upsert(rebuilt, "b", 1, doc("b", "OPEN", 5));
        store().replace(collection, rebuilt);
        assertThat(store().find(collection, ReadModelQuery.all().sortAscending("id"), MatterDoc.class).items())
                .extracting(MatterDoc::id).containsExactly("a", "b");
        assertThat(store().get(collection, "old", MatterDoc.class)).isEmpty();
        assertThat(store().find(rebuilt, ReadModelQuery.all(), MatterDoc.class).total()).isZero();
    }

    @Test
    void rejectsFieldPathsThatAreNotPlainNames() {
        assertThatThrownBy(() -> ReadModelQuery.all().eq("stage'; DROP TABLE read_model; --", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadModelQuery.all().page(0, 10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find(collection, ReadModelQuery.all(), MatterDoc.class).items()).isEqualTo(List.of());
    }

    private static MatterDoc doc(String id, String stage, int age) {
        return new MatterDoc(id, "Matter " + id, stage, age, false, new Address("Shenzhen"));
    }
}
