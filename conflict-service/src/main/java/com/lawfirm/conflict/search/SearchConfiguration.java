package com.lawfirm.conflict.search;

import com.lawfirm.conflict.ConflictProperties;
import com.lawfirm.kit.bus.BusProperties;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The party graph, its index, the search over them and the feeder that builds them from the event log. */
@Configuration
@EnableConfigurationProperties(ConflictProperties.class)
class SearchConfiguration {

    @Bean
    ConflictGraph conflictGraph() {
        return new ConflictGraph();
    }

    @Bean(destroyMethod = "close")
    PartyIndex partyIndex(ConflictProperties properties) {
        return properties.indexDirectory() == null ? new PartyIndex() : new PartyIndex(java.nio.file.Path.of(properties.indexDirectory()));
    }

    @Bean
    ConflictSearch conflictSearch(ConflictGraph graph, PartyIndex index, ConflictProperties properties) {
        return new ConflictSearch(graph, index, properties.maxAffiliateHops());
    }

    @Bean(destroyMethod = "close")
    IndexFreshness indexFreshness(GraphFeeder feeder, BusProperties bus, ConflictProperties properties) {
        return new IndexFreshness(feeder, bus, properties.graphTopics(), properties.freshnessPatience());
    }

    @Bean
    Rechecks rechecks(ConflictGraph graph, PartyIndex index, ConflictProperties properties,
                      Rechecks.Discoveries discoveries) {
        return new Rechecks(graph, index, properties.maxAffiliateHops(), discoveries);
    }

    @Bean
    GraphFeeder graphFeeder(ConflictGraph graph, PartyIndex index, Rechecks rechecks, ReadModelStore store,
                            EnvelopeCodec codec, BusProperties bus, ConflictProperties properties) {
        return new GraphFeeder(graph, index, new GraphLoader(graph, index, rechecks), rechecks, new RecheckMarks(store),
                codec, bus, properties.graphTopics());
    }
}
