package org.partnerledger.command.publication;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.partnerledger.command.eventstore.CommandMetadataProvider;
import org.partnerledger.events.PartnershipEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.partnerledger.events.PartnershipEventsTopic.ACTOR;
import static org.partnerledger.events.PartnershipEventsTopic.ACTOR_ORGANISATION;
import static org.partnerledger.events.PartnershipEventsTopic.ACTOR_ROLE;
import static org.partnerledger.events.PartnershipEventsTopic.COMMAND_ID;
import static org.partnerledger.events.PartnershipEventsTopic.CORRELATION_ID;
import static org.partnerledger.events.PartnershipEventsTopic.EVENT_ID;
import static org.partnerledger.events.PartnershipEventsTopic.EVENT_REVISION;
import static org.partnerledger.events.PartnershipEventsTopic.EVENT_TYPE;
import static org.partnerledger.events.PartnershipEventsTopic.OCCURRED_AT;
import static org.partnerledger.events.PartnershipEventsTopic.PARTNERSHIP_ID;
import static org.partnerledger.events.PartnershipEventsTopic.SEQUENCE;
import static org.partnerledger.events.PartnershipEventsTopic.typeName;

/**
 * Publishes every stored partnership event to Kafka, keyed by partnership: the event store is the outbox.
 * <p>
 * Sends of one batch go out together; the batch's unit of work commits (and the processor's token advances) only
 * once the broker has acknowledged every one of them. A failed or slow send fails the batch, which is retried from
 * the old token: at least once, never skipped. Replays of other processors never reach this one.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, byte[]> kafka;
    private final Serializer serializer;
    private final RevisionResolver revisionResolver;
    private final PublicationProperties properties;

    KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, @Qualifier("eventSerializer") Serializer serializer,
                        RevisionResolver revisionResolver, PublicationProperties properties) {
        this.kafka = kafka;
        this.serializer = serializer;
        this.revisionResolver = revisionResolver;
        this.properties = properties;
    }

    /**
     * Takes the message, not the payload: the payload is then never deserialized, and its JSON is sent exactly as
     * the store holds it (the same serializer wrote it).
     */
    @EventHandler(payloadType = PartnershipEvent.class)
    void publish(DomainEventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(properties.topic(),
                event.getAggregateIdentifier(), event.serializePayload(serializer, byte[].class).getData());
        Headers headers = record.headers();
        header(headers, EVENT_ID, event.getIdentifier());
        header(headers, EVENT_TYPE, typeName(type));
        header(headers, EVENT_REVISION, revisionResolver.revisionOf(type));
        header(headers, PARTNERSHIP_ID, event.getAggregateIdentifier());
        header(headers, SEQUENCE, Long.toString(event.getSequenceNumber()));
        header(headers, OCCURRED_AT, event.getTimestamp().toString());
        header(headers, ACTOR, metaData(event, CommandMetadataProvider.ACTOR));
        header(headers, ACTOR_ROLE, metaData(event, CommandMetadataProvider.ACTOR_ROLE));
        header(headers, ACTOR_ORGANISATION, metaData(event, CommandMetadataProvider.ACTOR_ORGANISATION));
        header(headers, COMMAND_ID, metaData(event, CommandMetadataProvider.COMMAND_ID));
        header(headers, CORRELATION_ID, metaData(event, CommandMetadataProvider.CORRELATION_ID));
        pendingSends().add(kafka.send(record));
    }

    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException("Interrupted while waiting for Kafka", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new PublicationFailedException("Kafka did not acknowledge the batch", failed);
        }
    }

    private static String metaData(DomainEventMessage<?> event, String key) {
        return Objects.toString(event.getMetaData().get(key), null);
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
