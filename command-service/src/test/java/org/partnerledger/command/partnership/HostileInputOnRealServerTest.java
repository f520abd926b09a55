package org.partnerledger.command.partnership;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.command.partnership.HostileCommands.Hostile;
import org.partnerledger.web.testing.ProblemAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What MockMvc cannot show: the container's own limits. Bodies of 1 MB and 10 MB, declared and chunked, and
 * requests Tomcat refuses before any servlet runs, all sent to the real server. Each must be answered with
 * problem+json and its code, store nothing, and leave the service healthy.
 */
class HostileInputOnRealServerTest extends RunningCommandService {

    /** Stands for a partnership that exists, so that a request wrongly let through would store something. */
    private static final String EXISTING = "00000000-0000-0000-0000-00000000e815";

    @Autowired
    private JdbcClient jdbc;

    private LiveEdge edge;
    private String partnershipId;

    @BeforeEach
    void aPartnershipOfAbcAndRcsd() throws Exception {
        edge = new LiveEdge(url(""), jdbc);
        ProblemAnswer formed = edge.send(Attempt.of(CommandEndpoint.FORM, "",
                Json.write(CommandEndpoint.FORM.validBody(""))));
        assertThat(formed.status()).as("%s", formed).isEqualTo(201);
        partnershipId = JsonPath.read(formed.body(), "$.partnershipId");
    }

    static Stream<Hostile> oversizedBodies() {
        return Arrays.stream(CommandEndpoint.values()).flatMap(endpoint -> HostileCommands.oversized(endpoint,
                EXISTING));
    }

    @ParameterizedTest(name = "{0}, on the real server, and stores nothing")
    @MethodSource("oversizedBodies")
    void anOversizedBodyIsRefusedAndStoresNothing(Hostile hostile) throws Exception {
        long stored = edge.storedRows();

        ProblemAnswer response = edge.sendRefusedEarly(existing(hostile.attempt()));

        assertRefused(response, hostile.status(), hostile.code());
        assertThat(edge.storedRows()).isEqualTo(stored);
        assertThat(edge.healthy()).isTrue();
    }

    static Stream<Arguments> requestsTomcatRefuses() {
        return Arrays.stream(CommandEndpoint.values()).flatMap(endpoint -> {
            Attempt valid = Attempt.of(endpoint, EXISTING, Json.write(endpoint.validBody(UUID.randomUUID()
                    .toString())));
            Stream<Arguments> headers = Stream.of(Arguments.of(
                    endpoint + " with an Idempotency-Key of 20,000 characters",
                    valid.withHeader("Idempotency-Key", "k".repeat(20_000))), Arguments.of(
                    endpoint + " with an Idempotency-Key holding a control character (the firewall's)",
                    valid.withHeader("Idempotency-Key", "key\u0085")));
            Stream<Arguments> paths = endpoint.addressesAPartnership() ? Stream.of(
                    Arguments.of(endpoint + " for a partnership id of 10,000 characters",
                            valid.withPath(endpoint.path("a".repeat(10_000)))),
                    Arguments.of(endpoint + " for a partnership id with an encoded slash",
                            valid.withPath(endpoint.path("a%2Fb"))),
                    Arguments.of(endpoint + " for a partnership id with an encoded NUL",
                            valid.withPath(endpoint.path("a%00b")))) : Stream.empty();
            return Stream.concat(headers, paths);
        });
    }

    @ParameterizedTest(name = "{0} is refused before any handler with 400 BAD_REQUEST and stores nothing")
    @MethodSource("requestsTomcatRefuses")
    void aRequestTomcatRefusesIsAProblemToo(String description, Attempt attempt) throws Exception {
        assertRefusedStoringNothing(attempt, 400, "BAD_REQUEST");
    }

    @Test
    void bytesThatAreNotHttpAreABadRequestProblem() throws Exception {
        ProblemAnswer response = edge.sendRaw("\u0001\u0002 NOT HTTP\r\n\r\n");

        assertThat(response.flaw()).as("%s", response).isEmpty();
        assertThat(response.code()).isEqualTo("BAD_REQUEST");
        assertThat(edge.healthy()).isTrue();
    }

    @Test
    void aMalformedChunkIsABadRequestProblemAndStoresNothing() throws Exception {
        long stored = edge.storedRows();

        ProblemAnswer response = edge.sendRaw("""
                POST /api/partnerships/%s/decisions HTTP/1.1\r
                Host: localhost\r
                Content-Type: application/json\r
                Transfer-Encoding: chunked\r
                Connection: close\r
                \r
                zz\r
                {}\r
                0\r
                \r
                """.formatted(partnershipId));

        assertThat(response.flaw()).as("%s", response).isEmpty();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("BAD_REQUEST");
        assertThat(edge.storedRows()).isEqualTo(stored);
        assertThat(edge.healthy()).isTrue();
    }

    @Test
    void aScriptTagInATitleIsStoredAsTextVerbatim() throws Exception {
        String script = "<script>alert(\"partners\" + '&' + document.cookie)</script>";

        ProblemAnswer recorded = edge.send(Attempt.of(CommandEndpoint.DECISIONS, partnershipId, Json.write(
                CommandEndpoint.DECISIONS.validBody("").put("title", script))));

        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        assertThat(jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'title' FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 1""")
                .param(partnershipId).query(String.class).single()).isEqualTo(script);
    }

    private void assertRefusedStoringNothing(Attempt attempt, int status, String code) throws Exception {
        long stored = edge.storedRows();

        ProblemAnswer response = edge.sendRefusedEarly(existing(attempt));

        assertRefused(response, status, code);
        assertThat(edge.storedRows()).isEqualTo(stored);
        assertThat(edge.healthy()).isTrue();
    }

    private static void assertRefused(ProblemAnswer response, int status, String code) {
        assertThat(response.flaw()).as("%s", response).isEmpty();
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.code()).as("%s", response).isEqualTo(code);
    }

    private Attempt existing(Attempt attempt) {
        return attempt.withPath(attempt.path().replace(EXISTING, partnershipId));
    }
}
