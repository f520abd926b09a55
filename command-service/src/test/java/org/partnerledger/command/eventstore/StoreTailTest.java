package org.partnerledger.command.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StoreTailTest extends RunningCommandService {

    @Autowired
    private StoreTail tail;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventStorageEngine storage;

    @Test
    void givenABacklogOfSeveralBatchesWhenReadThenEveryEventComesOnceInTheStoresOrder() throws Exception {
        TrackingToken head = tail.createHeadToken();
        String stream = UUID.randomUUID().toString();
        storage.appendEvents(IntStream.range(0, 250)
                .mapToObj(sequence -> new GenericDomainEventMessage<>("Partnership", stream, sequence, "event"))
                .toList());

        List<Long> sequences = new ArrayList<>();
        try (TrackingEventStream events = tail.openStream(head)) {
            while (events.hasNextAvailable(1, TimeUnit.SECONDS)) {
                sequences.add(domainEvent(events.nextAvailable()).getSequenceNumber());
            }
        }

        assertThat(sequences).containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(Long::valueOf).toList());
    }

    @Test
    void givenAReaderWaitingAtTheHeadWhenThisServiceCommitsAnEventThenTheReaderIsWokenWithIt() throws Exception {
        String stream = UUID.randomUUID().toString();
        try (TrackingEventStream events = tail.openStream(tail.createHeadToken())) {
            assertThat(events.hasNextAvailable()).isFalse();
            CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> {
                try {
                    return events.hasNextAvailable(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            eventStore.publish(new GenericDomainEventMessage<>("Partnership", stream, 0, "formed"));

            // Far below the minute the reader would otherwise wait: only the commit can have woken it.
            assertThat(woken.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(domainEvent(events.nextAvailable()).getAggregateIdentifier()).isEqualTo(stream);
        }
    }

    @Test
    void givenAReaderWaitingAtTheHeadWhenAnotherWriterStoresAnEventThenTheReaderFindsItWhenItsWaitEnds()
            throws Exception {
        String stream = UUID.randomUUID().toString();
        try (TrackingEventStream events = tail.openStream(tail.createHeadToken())) {
            assertThat(events.hasNextAvailable()).isFalse();

            storage.appendEvents(new GenericDomainEventMessage<>("Partnership", stream, 0, "formed elsewhere"));

            assertThat(events.hasNextAvailable()).as("no commit of this service, so not read at once").isFalse();
            assertThat(events.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(domainEvent(events.nextAvailable()).getAggregateIdentifier()).isEqualTo(stream);
        }
    }

    private static GenericDomainEventMessage<?> domainEvent(TrackedEventMessage<?> event) {
        return (GenericDomainEventMessage<?>) event;
    }
}
