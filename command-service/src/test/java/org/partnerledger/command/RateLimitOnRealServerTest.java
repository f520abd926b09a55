package org.partnerledger.command;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.partnerledger.web.testing.TestCaller;
import org.partnerledger.web.testing.TestIssuer;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller beyond their requests a minute is told to wait, and others are not held up by it. */
@TestPropertySource(properties = "partnerledger.security.rate-limit.per-user=3")
class RateLimitOnRealServerTest extends RunningCommandService {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theFourthRequestOfAMinuteIsRefusedWithRetryAfterAndAnotherCallerStillGetsThrough() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        long minute;
        do { // limits count per minute of the clock: four requests across a new minute would all pass
            minute = System.currentTimeMillis() / 60_000;
            String someone = "Bearer " + TestIssuer.token(claims -> claims.subject(UUID.randomUUID().toString())
                    .claim("role", "coordinator").claim("organisation", UUID.randomUUID().toString()));
            answers.clear();
            for (int request = 0; request < 4; request++) {
                answers.add(send(someone));
            }
        } while (minute != System.currentTimeMillis() / 60_000);
        HttpResponse<String> someoneElse = send(TestCaller.AUDITOR.bearer());

        assertThat(answers).extracting(HttpResponse::statusCode).startsWith(404, 404, 404).endsWith(429);
        HttpResponse<String> refused = answers.get(3);
        assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("RATE_LIMITED");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(someoneElse.statusCode()).isNotEqualTo(429);
    }

    private HttpResponse<String> send(String authorization) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url("/api/partnerships/"
                        + "00000000-0000-4000-8000-000000000001/decisions")))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
