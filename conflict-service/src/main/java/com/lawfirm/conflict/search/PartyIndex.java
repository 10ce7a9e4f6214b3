package com.lawfirm.conflict.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.text.Names;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search index over the party graph's nodes: one Lucene document per node, holding the keys of every name it is
 * known by ({@link NameKeys}), each prefixed with where the name came from (N name, A alias, F former name) so a hit
 * says which. Exact keys are term lookups; typos are Lucene fuzzy queries on distinctive Latin words. Each document
 * also stores its node whole, and every commit carries the log positions it reflects, so an index on disk is the
 * graph's checkpoint: a restart loads it and reads on from there.
 */
public class PartyIndex implements AutoCloseable {

    /** One index lookup that found a node. */
    record Candidate(String nodeId, MatchKind kind, double score, String via) {
    }

    private static final Map<String, MatchKind> SOURCES = Map.of("N", MatchKind.NAME, "A", MatchKind.ALIAS, "F", MatchKind.FORMER_NAME);
    private static final int MAX_CANDIDATES = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** An index in memory only: rebuilt from the log at every start. */
    public PartyIndex() {
        this(new ByteBuffersDirectory());
    }

    /** An index on local disk, kept across restarts with the log positions it reflects. */
    public PartyIndex(Path path) {
        this(open(path));
    }

    private PartyIndex(Directory directory) {
        try {
            this.directory = directory;
            writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Directory open(Path path) {
        try {
            Files.createDirectories(path);
            return FSDirectory.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a node of the graph whole (for a restart) with the keys of every name it is known by (for search). */
    public void index(NodeState state) {
        Node node = state.node();
        Document doc = new Document();
        doc.add(new StringField("node", node.id(), Field.Store.YES));
        doc.add(new StringField("kind", node.kind().name(), Field.Store.NO));
        for (PartyIdentifier identifier : node.identifiers()) {
            doc.add(new StringField("id", identifierKey(identifier), Field.Store.NO));
        }
        addName(doc, "N", node.kind(), node.name());
        node.aliases().forEach(alias -> addName(doc, "A", node.kind(), alias));
        node.formerNames().forEach(former -> addName(doc, "F", node.kind(), former));
        try {
            doc.add(new StoredField("state", JSON.writeValueAsBytes(state)));
            writer.updateDocument(new Term("node", node.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a node that left the graph (an erased client's). */
    public void delete(String nodeId) {
        try {
            writer.deleteDocuments(new Term("node", nodeId));
            // merged away soon, not kept in old segments on disk until some later merge
            writer.forceMergeDeletes(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Remembers that an inquiry ended, so its parties are not put back on it by an event read late. */
    public void endInquiry(String inquiryId) {
        Document doc = new Document();
        doc.add(new StringField("ended", inquiryId, Field.Store.YES));
        try {
            writer.updateDocument(new Term("ended", inquiryId), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything indexed so far durable, with what it reflects (the log positions), in one Lucene commit. */
    public void commit(Map<String, String> reflects) {
        try {
            writer.setLiveCommitData(Map.copyOf(reflects).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the last commit reflects, empty for a new or cleared index. */
    public Map<String, String> committed() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Reads back every stored node and ended inquiry, to put the graph back as it was at the last commit. */
    public void load(Consumer<NodeState> nodes, Consumer<String> endedInquiries) {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document stored = fields.document(doc);
                    BytesRef state = stored.getBinaryValue("state");
                    if (state != null) {
                        nodes.accept(JSON.readValue(state.bytes, state.offset, state.length, NodeState.class));
                    } else if (stored.get("ended") != null) {
                        endedInquiries.accept(stored.get("ended"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index, durably, before it is rebuilt from the log. */
    public void clear() {
        try {
            writer.deleteAll();
            commit(Map.of());
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was indexed so far searchable. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Candidate> byIdentifier(PartyKind kind, PartyIdentifier identifier) {
        return run(filtered(kind, new TermQuery(new Term("id", identifierKey(identifier)))), MatchKind.IDENTIFIER, 1.0,
                "identifier " + identifier.scheme());
    }

    /** Every candidate under a name, near spellings included. */
    List<Candidate> byName(PartyKind kind, NameKeys keys) {
        return byName(kind, keys, true);
    }

    /**
     * The candidates under a name: its exact and trade names and, across scripts, its phonetic keys, from every source
     * of stored name; with {@code nearSpellings} also those spelt within a small edit distance. Those are the costliest
     * to find (each word against the indexed words near it, then every hit's node read), so a caller that does not
     * want them does not ask.
     */
    List<Candidate> byName(PartyKind kind, NameKeys keys, boolean nearSpellings) {
        List<Candidate> found = new ArrayList<>();
        SOURCES.forEach((source, matchKind) -> {
            double weight = source.equals("N") ? 1.0 : 0.95;
            for (String key : keys.exact()) {
                found.addAll(run(filtered(kind, term("exact", source, key)), matchKind, 0.95 * weight, "same name"));
            }
            for (String key : keys.trade()) {
                found.addAll(run(filtered(kind, term("trade", source, key)), matchKind, 0.8 * weight,
                        kind == PartyKind.PERSON ? "same name" : "same trade name"));
            }
            String otherScript = keys.han() ? "L" : "H";
            for (String key : keys.phonetic()) {
                found.addAll(run(filtered(kind, term("phonetic", source, otherScript + "|" + key)),
                        MatchKind.TRANSLITERATION, 0.75 * weight, source.equals("N") ? "pinyin of the name" : "pinyin of an alias"));
            }
            if (nearSpellings && !keys.fuzzy().isEmpty()) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String word : keys.fuzzy()) {
                    all.add(new FuzzyQuery(new Term("fuzzy_" + source, word), word.length() >= 8 ? 2 : 1, 1), BooleanClause.Occur.MUST);
                }
                found.addAll(run(filtered(kind, all.build()), MatchKind.FUZZY, 0.6 * weight, "spelling within a small edit distance"));
            }
        });
        return found;
    }

    private static void addName(Document doc, String source, PartyKind kind, String name) {
        NameKeys keys = NameAnalysis.of(kind, name);
        keys.exact().forEach(k -> doc.add(new StringField("exact", source + "|" + k, Field.Store.NO)));
        keys.trade().forEach(k -> doc.add(new StringField("trade", source + "|" + k, Field.Store.NO)));
        String script = keys.han() ? "H" : "L";
        keys.phonetic().forEach(k -> doc.add(new StringField("phonetic", source + "|" + script + "|" + k, Field.Store.NO)));
        keys.fuzzy().forEach(k -> doc.add(new StringField("fuzzy_" + source, k, Field.Store.NO)));
    }

    private static Query term(String field, String source, String key) {
        return new TermQuery(new Term(field, source + "|" + key));
    }

    private static Query filtered(PartyKind kind, Query query) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("kind", kind.name())), BooleanClause.Occur.FILTER)
                .build();
    }

    private List<Candidate> run(Query query, MatchKind kind, double score, String via) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Candidate> found = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, MAX_CANDIDATES).scoreDocs) {
                    found.add(new Candidate(searcher.storedFields().document(hit.doc).get("node"), kind, score, via));
                }
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String identifierKey(PartyIdentifier identifier) {
        return identifier.scheme() + ":" + Names.normalizeIdentifier(identifier.value());
    }

    /** The documents in the index: one per node, one per ended inquiry. */
    public int documents() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
