package org.partnerledger.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.partnerledger.query.fixtures.TestBroker;
import org.partnerledger.query.fixtures.TestDatabase;
import org.partnerledger.query.fixtures.TopicClients;
import org.partnerledger.web.testing.SignedInAsCoordinator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The whole query-service on a random port, fed from the events topic of the test broker into a database of its
 * own, as deployed; the test classes that extend it share it. Its context starts before the topic exists, as it
 * may when the query side comes up first. Requests of {@link #rest} carry the coordinator's token unless they say
 * otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignedInAsCoordinator.class)
public abstract class RunningQueryService {

    /** The command side's end of the topic: shared like the service, so closed with the JVM. */
    protected static final TopicClients KAFKA = topicClients();
    protected static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The read models the view read_model_positions lists, each holding a row per partnership it applied. */
    public static final int READ_MODELS = 4;
    private static final String DATABASE = TestDatabase.createJdbcUrl();

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected JdbcClient jdbc;
    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestBroker::bootstrapServers);
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("partnerledger.kafka.partitions", () -> 1);
        registry.add("partnerledger.kafka.retry.initial-interval", () -> "100ms");
        registry.add("partnerledger.kafka.retry.max-interval", () -> "1s");
    }

    @BeforeEach
    void theCommandSideHasCreatedTheTopic() throws Exception {
        KAFKA.createTopicIfMissing();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A GET sent with this Authorization header. */
    protected ResponseEntity<JsonNode> readAs(String bearer, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    /**
     * Waits until every read model holds the partnership's stream up to the version: each is a consumer of its own,
     * and a view shows a partnership only once its access has arrived too.
     */
    protected void awaitProjected(UUID partnershipId, long version) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                        select count(*) = :readModels and bool_and(version = :version) from read_model_positions
                         where partnership_id = :id""")
                .param("readModels", READ_MODELS)
                .param("id", partnershipId)
                .param("version", version)
                .query(Boolean.class).single());
    }

    private static TopicClients topicClients() {
        TopicClients clients = new TopicClients(TestBroker.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(clients::close));
        return clients;
    }
}
