package com.lawfirm.kit.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.lawfirm.kit.problem.NotFoundException;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.List;

/**
 * An aggregate's state as it was at a moment: its events up to then, replayed through its own event-sourcing
 * handlers into a fresh instance, shown field by field. Nothing is stored or published.
 */
public class StateReplay {

    public record AggregateState(String aggregateType, String aggregateId, Instant asOf, long sequenceNumber,
                                 Instant lastEventAt, JsonNode state) {
    }

    private final Configuration axon;
    private final EventStore events;
    private final ObjectMapper fields;

    public StateReplay(Configuration axon, EventStore events, ObjectMapper json) {
        this.axon = axon;
        this.events = events;
        // the state is in private fields, not in getters an aggregate does not have
        this.fields = json.copy().setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    public AggregateState asOf(String aggregateType, String aggregateId, Instant asOf) {
        Class<?> type = axon.findModules(AggregateConfiguration.class).stream()
                .map(AggregateConfiguration::aggregateType)
                .filter(t -> t.getSimpleName().equals(aggregateType)).findFirst()
                .orElseThrow(() -> new NotFoundException("aggregate type", aggregateType));
        List<? extends DomainEventMessage<?>> upTo = events.readEvents(aggregateId).asStream()
                .filter(e -> e.getType() != null && e.getType().equals(aggregateType) && !e.getTimestamp().isAfter(asOf))
                .toList();
        if (upTo.isEmpty()) {
            throw new NotFoundException(aggregateType + " as of " + asOf, aggregateId);
        }
        DomainEventMessage<?> last = upTo.get(upTo.size() - 1);
        return new AggregateState(aggregateType, aggregateId, asOf, last.getSequenceNumber(), last.getTimestamp(),
                fields.valueToTree(replay(type, upTo)));
    }

    private <T> T replay(Class<T> type, List<? extends DomainEventMessage<?>> upTo) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(constructor.newInstance(),
                    AnnotatedAggregateMetaModelFactory.inspectAggregate(type), null, NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(upTo.stream().map(e -> (DomainEventMessage<?>) e)));
            return aggregate.getAggregateRoot();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot replay " + type.getSimpleName(), e);
        }
    }
}
