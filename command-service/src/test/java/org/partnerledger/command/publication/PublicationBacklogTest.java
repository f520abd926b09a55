package org.partnerledger.command.publication;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PublicationBacklogTest extends RunningCommandService {

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private JdbcClient jdbc;
    @Test
    void theBacklogCountsStoredEventsBeyondThePublishersTokenAndFallsToZero() throws Exception {
        HttpResponse<String> formed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/api/partnerships"))).header("Content-Type", "application/json")
                .header("Authorization", TestCaller.COORDINATOR.bearer())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Backlog", "coordinator": "abc", "vision": {"statement": "S", "goals": []},
                         "partners": [{"id": "abc", "name": "ABC"}]}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(formed.statusCode()).isEqualTo(201);

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
