package org.partnerledger.query.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.HttpHeaders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.conflict;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/** The portfolio, ownership and the live stream of versions on the real service, fed from the topic. */
class LiveViewsOnRealServerTest extends RunningQueryService {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStreamAnnouncesTheVersionItOpenedAtAndThenEachNewOne() throws Exception {
        UUID partnership = UUID.randomUUID();
        KAFKA.publish(producerRecord(formed(partnership), 0));
        awaitProjected(partnership, 0);
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(
                        URI.create(url("/api/partnerships/" + partnership + "/events")))
                        .header(HttpHeaders.AUTHORIZATION, TestCaller.COORDINATOR.bearer()).build(),
                HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElseThrow())
                    .startsWith("text/event-stream");
            assertThat(nextData(lines)).isEqualTo("{\"version\":0}");

            KAFKA.publish(producerRecord(decision(partnership, UUID.randomUUID()), 1));

            assertThat(nextData(lines)).isEqualTo("{\"version\":1}");
        } finally {
            stream.body().close();
        }
    }

    @Test
    void thePortfolioShowsEachPartnershipsHealthAndCountsSortedAndPaged() throws Exception {
        UUID partnership = UUID.randomUUID();
        KAFKA.publish(producerRecord(new PartnershipFormedEvent(partnership.toString(), "0000 Portfolio " + partnership,
                        new Vision("Every family reaches a living wage", List.of("200 jobs")),
                        formed(partnership).partners(), "abc", null), 0),
                producerRecord(decision(partnership, UUID.randomUUID()), 1),
                producerRecord(new ActionAssignedEvent(partnership.toString(), UUID.randomUUID().toString(),
                        "Draft the MOU", "abc", "rcsd", List.of(), List.of(), LocalDate.of(2020, 1, 31), null), 2),
                producerRecord(conflict(partnership, UUID.randomUUID()), 3));
        awaitProjected(partnership, 3);

        JsonNode portfolio = readAs(TestCaller.COORDINATOR.bearer(), "/api/portfolio?sort=name&order=asc&size=1")
                .getBody();

        assertThat(portfolio.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(portfolio.path("partnerships")).hasSize(1);
        JsonNode item = portfolio.path("partnerships").get(0);
        assertThat(item.path("name").asText()).startsWith("0000 Portfolio ");
        assertThat(item.path("overdueActions").asLong()).isEqualTo(1);
        assertThat(item.path("openConflicts").asLong()).isEqualTo(1);
        assertThat(item.path("overall").asText()).isIn("AT_RISK", "NEGLECTED");
        assertThat(item.path("practices").path("ROLES").asText()).isEqualTo("NEGLECTED");
    }

    @Test
    void thePortfolioIsSortedByTheColumnAskedInTheOrderAsked() {
        JsonNode items = readAs(TestCaller.COORDINATOR.bearer(), "/api/portfolio?sort=version&order=desc&size=100")
                .getBody().path("partnerships");

        List<Long> versions = new ArrayList<>();
        items.forEach(item -> versions.add(item.path("version").asLong()));
        assertThat(versions).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aPortfolioSortOrPageSizeItDoesNotOfferIsRefused() {
        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/portfolio?sort=health").getBody().path("code")
                .asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/portfolio?order=up").getBody().path("code")
                .asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/portfolio?size=101").getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void theOwnershipShowsEachPartnersActionsAsOfTheVersionAsked() throws Exception {
        UUID partnership = UUID.randomUUID();
        KAFKA.publish(producerRecord(formed(partnership), 0), producerRecord(new ActionAssignedEvent(
                partnership.toString(), UUID.randomUUID().toString(), "Draft the MOU", "rcsd", "abc", List.of(),
                List.of(), LocalDate.of(2999, 1, 31), null), 1));
        awaitProjected(partnership, 1);

        JsonNode now = readAs(TestCaller.COORDINATOR.bearer(),
                "/api/partnerships/" + partnership + "/ownership").getBody();
        JsonNode before = readAs(TestCaller.COORDINATOR.bearer(),
                "/api/partnerships/" + partnership + "/ownership?atVersion=0").getBody();

        assertThat(now.path("version").asLong()).isEqualTo(1);
        assertThat(now.path("partners").findValuesAsText("partner")).containsExactly("abc", "rcsd");
        assertThat(now.path("partners").get(1).path("responsible").path("open").asLong()).isEqualTo(1);
        assertThat(before.path("partners").get(1).path("responsible").path("open").asLong()).isZero();
    }

    /** The data of the next {@code version} event, waited for a bounded time. */
    private static String nextData(BlockingQueue<String> lines) throws InterruptedException {
        boolean versionEvent = false;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event:version")) {
                versionEvent = true;
            } else if (versionEvent && line.startsWith("data:")) {
                return line.substring("data:".length());
            }
        }
        throw new AssertionError("No version event in " + PATIENCE);
    }
}
