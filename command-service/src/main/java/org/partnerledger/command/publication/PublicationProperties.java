package org.partnerledger.command.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where and how stored events are published.
 *
 * @param topic       the topic every read model is fed from
 * @param partitions  partitions of the topic when this service creates it; the unit of consumer parallelism
 * @param replicas    replication factor when this service creates it (1 for a single local broker)
 * @param sendTimeout how long a batch waits for the broker's acknowledgements before the processor gives up on the
 *                    batch, keeps its token where it was and retries
 * @param publisher   the tracking processor that publishes
 */
@ConfigurationProperties("partnerledger.kafka")
record PublicationProperties(String topic, int partitions, short replicas, Duration sendTimeout, Publisher publisher) {

    /**
     * @param batchSize    events a batch sends before it awaits their acknowledgements and stores its token
     * @param idleWait     how long an idle worker waits for an event before it extends its claim on its segment,
     *                     and looks for events other writers stored
     * @param sharedReader read through the event store's reader, shared by the processors that tail it, as Axon
     *                     comes (the benchmark's peer), rather than by itself
     */
    record Publisher(int batchSize, Duration idleWait, boolean sharedReader) {
    }
}
