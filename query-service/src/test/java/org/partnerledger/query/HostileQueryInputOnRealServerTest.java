package org.partnerledger.query;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.query.HostileQueries.Hostile;
import org.partnerledger.query.fixtures.SampleEvents;
import org.partnerledger.query.fixtures.TestBroker;
import org.partnerledger.query.fixtures.TestDatabase;
import org.partnerledger.web.security.AccessChange;
import org.partnerledger.web.security.AccessTable;
import org.partnerledger.web.testing.ProblemAnswer;
import org.partnerledger.web.testing.RawHttp;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query endpoints' hostile input sent to the real server, where the container's own limits apply: bodies of
 * 1 MB and 10 MB on a GET, declared and chunked, and requests Tomcat refuses before any servlet runs. Each is
 * answered with problem+json and its code, stores nothing, and leaves the service healthy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HostileQueryInputOnRealServerTest {

    private static final String DATABASE = TestDatabase.createJdbcUrl();
    /** Not a timing assertion: a bound on how long a broken exchange can hold the build. */
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;

    /**
     * A topic of its own: on the shared topic its consumers would join the groups of the other tests' service and
     * project their events into this database.
     */
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestBroker::bootstrapServers);
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("partnerledger.kafka.topic", () -> "hostile-input-" + UUID.randomUUID());
    }

    /**
     * The partnership the cases name admits their sender, as its formation does: applied straight to the access
     * table, since this service has its own topic and nothing else to project.
     */
    @BeforeEach
    void thePartnershipAdmitsTheCoordinator() {
        new AccessTable(jdbc).apply(HostileQueries.PARTNERSHIP,
                AccessChange.of(SampleEvents.formed(UUID.fromString(HostileQueries.PARTNERSHIP))));
    }

    static Stream<Hostile> hostileRequests() {
        Stream<String> endpoints = Stream.concat(HostileQueries.DASHBOARD.stream(), Stream.of(HostileQueries.HISTORY));
        return endpoints.flatMap(endpoint -> Stream.concat(HostileQueries.against(endpoint),
                HostileQueries.beyondMockMvc(endpoint)));
    }

    @ParameterizedTest(name = "{0}, on the real server, and stores nothing")
    @MethodSource("hostileRequests")
    void hostileInputIsRefusedWithItsCodeAndStoresNothing(Hostile hostile) throws Exception {
        long stored = storedRows();

        ProblemAnswer answer = hostile.body().length > 0 ? sendRaw(hostile) : send(hostile.toHttp(url()));

        assertRefused(answer, hostile.status(), hostile.code());
        assertThat(storedRows()).isEqualTo(stored);
        assertThat(healthy()).isTrue();
    }

    static Stream<Arguments> requestsTomcatRefuses() {
        return Stream.of(
                Arguments.of("a partnership id of 10,000 characters",
                        "/api/partnerships/" + "a".repeat(10_000), Map.of()),
                Arguments.of("a partnership id with an encoded slash", "/api/partnerships/a%2Fb/history", Map.of()),
                Arguments.of("a partnership id with an encoded NUL", "/api/partnerships/a%00b", Map.of()),
                Arguments.of("a header of 20,000 characters", "/api/partnerships", Map.of("X-Filter",
                        "f".repeat(20_000))));
    }

    @ParameterizedTest(name = "a GET with {0} is refused by Tomcat with 400 BAD_REQUEST and stores nothing")
    @MethodSource("requestsTomcatRefuses")
    void aRequestTomcatRefusesIsAProblemToo(String description, String path, Map<String, String> headers)
            throws Exception {
        long stored = storedRows();
        Map<String, String> signed = new HashMap<>(headers);
        signed.put(HttpHeaders.AUTHORIZATION, TestCaller.COORDINATOR.bearer());

        ProblemAnswer answer = RawHttp.exchange(URI.create(url()), GIVE_UP, "GET", path, signed, new byte[0], false);

        assertRefused(answer, 400, "BAD_REQUEST");
        assertThat(storedRows()).isEqualTo(stored);
        assertThat(healthy()).isTrue();
    }

    @Test
    void headOfAnUnknownPathIsNotFoundAndSaysItWouldBeAProblem() throws Exception {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(url() + "/api/nothing/here"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).isEmpty();
    }

    /**
     * Spring answers OPTIONS with a handler of its own, which names no standings: it is closed like every such
     * handler (deny by default, ADR 14), even to a caller the partnership admits.
     */
    @Test
    void optionsIsClosedLikeEveryHandlerWithoutARule() throws Exception {
        ProblemAnswer answer = send(HttpRequest.newBuilder(URI.create(url() + "/api/partnerships/"
                        + HostileQueries.PARTNERSHIP + "/history"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertRefused(answer, 403, "FORBIDDEN");
    }

    private static void assertRefused(ProblemAnswer answer, int status, String code) {
        assertThat(answer.flaw()).as("%s", answer).isEmpty();
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.code()).as("%s", answer).isEqualTo(code);
    }

    /**
     * What the server may refuse before it has read it all (a body, a header or path too long) goes over a bare
     * socket, whose answer is read while the rest is still being sent: java.net.http writes everything first, and the
     * reset that follows the server's close can cost it the answer.
     */
    private ProblemAnswer sendRaw(Hostile hostile) throws Exception {
        return RawHttp.exchange(URI.create(url()), GIVE_UP, hostile.method(), hostile.path(), hostile.headers(),
                hostile.body(), hostile.chunked());
    }

    private ProblemAnswer send(HttpRequest request) throws Exception {
        HttpResponse<String> response = exchange(request);
        return ProblemAnswer.of(response);
    }

    private long storedRows() {
        return jdbc.sql("""
                        select (select count(*) from ledger_state) + (select count(*) from history_event)
                             + (select count(*) from funder_stream)""")
                .query(Long.class).single();
    }

    private boolean healthy() throws Exception {
        HttpResponse<String> health = exchange(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build());
        return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
    }

    /** Sent by the coordinator, unless the request names its sender: what is refused here is not who asks. */
    private HttpResponse<String> exchange(HttpRequest request) throws Exception {
        HttpRequest.Builder signed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(GIVE_UP);
        if (request.headers().firstValue(HttpHeaders.AUTHORIZATION).isEmpty()) {
            signed.header(HttpHeaders.AUTHORIZATION, TestCaller.COORDINATOR.bearer());
        }
        return http.send(signed.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url() {
        return "http://localhost:" + port;
    }
}
