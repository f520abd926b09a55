package org.partnerledger.command.partnership;

import org.partnerledger.web.testing.ProblemAnswer;
import org.partnerledger.web.testing.RawHttp;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The running command-service as a client and an auditor see it: over HTTP/1.1, and in its event store. */
final class LiveEdge {

    /** Not a timing assertion: a bound on how long a broken exchange can hold the build. */
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final JdbcClient jdbc;

    LiveEdge(String baseUrl, JdbcClient jdbc) {
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
    }

    ProblemAnswer send(Attempt attempt) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(attempt.toHttp(baseUrl), (name, value) -> true)
                .timeout(GIVE_UP).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return ProblemAnswer.of(response);
    }

    /** Bytes as they are, for what no HTTP client would send. */
    ProblemAnswer sendRaw(String wire) throws IOException {
        return RawHttp.exchange(URI.create(baseUrl), GIVE_UP, wire);
    }

    /**
     * A request the server may refuse before it has read it all (a body too large, a header or path too long): the
     * answer is read while the rest is still being sent. java.net.http writes everything first, and the reset that
     * follows the server's close can cost it the answer.
     */
    ProblemAnswer sendRefusedEarly(Attempt attempt) throws IOException {
        return RawHttp.exchange(URI.create(baseUrl), GIVE_UP, attempt.method(), attempt.path(), attempt.headers(),
                attempt.body(), attempt.chunked());
    }

    /** Every event stored, in every stream, and every outcome recorded under an Idempotency-Key. */
    long storedRows() {
        return jdbc.sql("SELECT (SELECT count(*) FROM domain_event_entry) + (SELECT count(*) FROM idempotent_command)")
                .query(Long.class).single();
    }

    boolean healthy() throws IOException, InterruptedException {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(GIVE_UP).build(), HttpResponse.BodyHandlers.ofString());
        return health.statusCode() == 200 && Json.read(health.body()).path("status").asText().equals("UP");
    }
}
