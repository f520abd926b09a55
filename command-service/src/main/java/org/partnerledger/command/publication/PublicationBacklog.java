package org.partnerledger.command.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code partnerledger.publication.backlog}: how many stored events the publisher has yet to send, read from the
 * store and the publisher's tokens when scraped, so it holds across instances. It replaces Axon's Micrometer
 * module, whose capacity monitors keep every message of the last ten minutes in memory (a quarter of a million
 * entries per monitor in the soak, the command-service heap's only growth).
 */
@Component
class PublicationBacklog {

    private final JdbcClient jdbc;

    PublicationBacklog(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("partnerledger.publication.backlog", this, PublicationBacklog::events)
                .description("Stored events not yet published to Kafka").baseUnit("events").register(meters);
    }

    /** The newest global index minus the publisher's least advanced segment; a token is Jackson JSON. */
    double events() {
        return jdbc.sql("""
                        SELECT coalesce((SELECT max(global_index) FROM domain_event_entry), 0)
                             - coalesce((SELECT min((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint)
                                         FROM token_entry WHERE processor_name = :processor), 0)""")
                .param("processor", KafkaEventPublisher.PROCESSING_GROUP)
                .query(Long.class).single();
    }
}
