package org.partnerledger.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.web.security.Standing;
import org.partnerledger.web.testing.ProblemAnswer;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.auditorGranted;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.grant;

/**
 * Every endpoint of the query side, as mapped, with every kind of caller and without a token, against the rules of
 * {@code docs/security.md}: partners and auditors read a partnership's views, auditors its audit log, admins the
 * service's log, erasures and rebuilds; a caller the partnership does not admit is told it does not exist, one
 * without a token is asked for one. The partnership admits every test caller's organisation as its history says:
 * {@code abc} coordinates, {@code rcsd} is a partner, a grant and an auditor's access admit the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryQueryEndpointAnswersOnlyItsStandingsTest extends RunningQueryService {

    private static final UUID PARTNERSHIP = UUID.randomUUID();
    private static final Set<Standing> READERS = EnumSet.of(Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR);
    private static final Set<Standing> FUNDERS = EnumSet.of(Standing.FUNDER, Standing.COORDINATOR);
    private static final Set<Standing> DOCUMENTATION = EnumSet.of(Standing.COORDINATOR, Standing.AUDITOR,
            Standing.FUNDER);
    /** The standings each endpoint answers. An endpoint mapped without its rule here fails, as it should. */
    private static final Map<String, Set<Standing>> RULES = Map.ofEntries(
            Map.entry("GET /api/partnerships", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/dashboard", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/health", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/raci", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/decision-log", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/conflict-register", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/action-register", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/meetings", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/agreements", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/metrics", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/stories", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/lessons", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/assets", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/vision-history", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/decisions", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/actions", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/conflicts", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/history", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/funder-view", FUNDERS),
            Map.entry("GET /api/partnerships/{partnershipId}/impact-report.csv", FUNDERS),
            Map.entry("GET /api/partnerships/{partnershipId}/impact-report.pdf", FUNDERS),
            Map.entry("GET /api/partnerships/{partnershipId}/documentation.csv", DOCUMENTATION),
            Map.entry("GET /api/partnerships/{partnershipId}/documentation.pdf", DOCUMENTATION),
            Map.entry("GET /api/partnerships/{partnershipId}/history/export.jsonl", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/history/export.csv", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/ownership", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/reviews", READERS),
            Map.entry("GET /api/partnerships/{partnershipId}/events", READERS),
            Map.entry("GET /api/history", READERS),
            Map.entry("GET /api/history/export.jsonl", READERS),
            Map.entry("GET /api/history/export.csv", READERS),
            Map.entry("GET /api/portfolio", READERS),
            Map.entry("GET /api/funded-partnerships", EnumSet.of(Standing.FUNDER)),
            Map.entry("GET /api/partnerships/{partnershipId}/audit-log", EnumSet.of(Standing.AUDITOR)),
            Map.entry("GET /api/audit-log", EnumSet.of(Standing.ADMIN)),
            Map.entry("DELETE /api/people/{subject}", EnumSet.of(Standing.ADMIN)),
            Map.entry("GET /api/admin/rebuild", EnumSet.of(Standing.ADMIN)),
            Map.entry("POST /api/admin/rebuild", EnumSet.of(Standing.ADMIN)));
    private static final int LET_THROUGH = 200;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @BeforeAll
    void thePartnershipAdmitsEveryTestCallersOrganisation() throws Exception {
        KAFKA.createTopicIfMissing();
        KAFKA.publish(producerRecord(formed(PARTNERSHIP), 0), producerRecord(grant(PARTNERSHIP), 1),
                producerRecord(auditorGranted(PARTNERSHIP), 2));
        awaitProjected(PARTNERSHIP, 2);
    }

    /** The admin's POST started a rebuild; the classes after this one share the service and find it finished. */
    @AfterAll
    void theRebuildStartedHereHasFinished() {
        await().atMost(PATIENCE).until(() -> !readAs(TestCaller.ADMIN.bearer(), "/api/admin/rebuild").getBody()
                .path("state").asText().matches("REBUILDING|SWITCHING"));
    }

    @Test
    void everyMappedEndpointHasItsRule() {
        assertThat(mapped()).containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    Stream<Arguments> endpointsAndCallers() {
        return mapped().stream().flatMap(endpoint -> Arrays.stream(TestCaller.values())
                .map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("endpointsAndCallers")
    void anEndpointAnswersOnlyTheStandingsItsRuleNames(String endpoint, TestCaller caller) throws Exception {
        ProblemAnswer answer = send(endpoint, PARTNERSHIP, caller.bearer());

        int expected = expectedStatus(endpoint, caller);
        assertThat(answer.status() < 300 ? LET_THROUGH : answer.status()).as(answer.toString()).isEqualTo(expected);
        if (expected != LET_THROUGH) {
            assertThat(answer.code()).isEqualTo(expected == 404 ? PartnershipNotFoundException.CODE : "FORBIDDEN");
        }
    }

    Stream<String> endpoints() {
        return mapped().stream();
    }

    Stream<String> partnershipEndpoints() {
        return mapped().stream().filter(endpoint -> endpoint.contains("{partnershipId}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anEndpointAsksACallerWithoutATokenForOne(String endpoint) throws Exception {
        ProblemAnswer answer = send(endpoint, PARTNERSHIP, null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
    }

    /** Ids aside, word for word: a stranger cannot tell a partnership that exists from one that does not. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("partnershipEndpoints")
    void aPartnershipThatDoesNotAdmitTheCallerAnswersAsOneThatDoesNotExist(String endpoint) throws Exception {
        UUID unknown = UUID.randomUUID();

        ProblemAnswer hidden = send(endpoint, PARTNERSHIP, TestCaller.STRANGER.bearer());
        ProblemAnswer absent = send(endpoint, unknown, TestCaller.STRANGER.bearer());

        assertThat(hidden.status()).isEqualTo(absent.status());
        assertThat(hidden.body().replace(PARTNERSHIP.toString(), "{partnershipId}"))
                .isEqualTo(absent.body().replace(unknown.toString(), "{partnershipId}"));
    }

    /** Mapped endpoints as {@code METHOD /path}, the service's own: the OpenAPI document's and the error page aside. */
    private Set<String> mapped() {
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream().flatMap(method ->
                        info.getPatternValues().stream().map(path -> method + " " + path)))
                .filter(endpoint -> endpoint.contains(" /api/"))
                .collect(Collectors.toSet());
    }

    private static int expectedStatus(String endpoint, TestCaller caller) {
        Standing standing = endpoint.contains("{partnershipId}") ? towardsThePartnership(caller)
                : Standing.valueOf(caller.role().toUpperCase(Locale.ROOT));
        if (standing == null) {
            return 404;
        }
        return RULES.get(endpoint).contains(standing) ? LET_THROUGH : 403;
    }

    /** As the partnership's history admits each caller's organisation, and their role lets them act in it. */
    private static Standing towardsThePartnership(TestCaller caller) {
        return switch (caller) {
            case COORDINATOR -> Standing.COORDINATOR;
            case MEMBER, OTHER_MEMBER, OTHER_COORDINATOR -> Standing.MEMBER;
            case AUDITOR -> Standing.AUDITOR;
            case FUNDER -> Standing.FUNDER;
            case ADMIN, STRANGER -> null;
        };
    }

    /** @param bearer the Authorization header, or {@code null} to send none */
    private ProblemAnswer send(String endpoint, UUID partnership, String bearer) throws Exception {
        String[] methodAndPath = endpoint.split(" ");
        String path = methodAndPath[1].replace("{partnershipId}", partnership.toString())
                .replace("{subject}", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(methodAndPath[0], HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (path.endsWith("/events")) {
            return eventStream(request.build());
        }
        return ProblemAnswer.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A stream let through goes on until its timeout: its status and type are the answer, its body is not read. */
    private ProblemAnswer eventStream(HttpRequest request) throws Exception {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            if (response.statusCode() < 300) {
                assertThat(contentType).startsWith("text/event-stream");
                return new ProblemAnswer(response.statusCode(), contentType, "");
            }
            return new ProblemAnswer(response.statusCode(), contentType,
                    new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
