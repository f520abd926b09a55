package org.partnerledger.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where the events come from and how failures are retried.
 *
 * @param topic      the partnership events topic
 * @param partitions partitions of the dead-letter topic this service creates; keep it equal to the main topic's
 * @param retry      the back-off between attempts at a record that failed for a reason that may pass
 */
@ConfigurationProperties("partnerledger.kafka")
public record ProjectionProperties(String topic, int partitions, Retry retry) {

    public record Retry(Duration initialInterval, Duration maxInterval) {
    }
}
