package org.partnerledger.command.publication;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PublicationBacklogTest extends RunningCommandService {

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private JdbcClient jdbc;
    @Test
    void theBacklogCountsStoredEventsBeyondThePublishersTokenAndFallsToZero() {
        formPartnership("Backlog");

        await().atMost(Duration.ofSeconds(30)).until(() -> backlog() == 0);
        // As if the publisher had not yet sent the last two events.
        jdbc.sql("UPDATE token_entry SET token = convert_to('{\"index\":' || ((convert_from(token, 'UTF8')::jsonb"
                + " ->> 'index')::bigint - 2) || ',\"gaps\":[]}', 'UTF8') WHERE processor_name = 'kafka-publisher'")
                .update();

        assertThat(backlog()).isEqualTo(2);
    }

    private double backlog() {
        return meters.get("partnerledger.publication.backlog").gauge().value();
    }
}
