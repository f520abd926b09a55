package org.partnerledger.infra.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code ./run rebuild}: signs the demo admin in, asks the running query-service to rebuild every read model
 * ({@code POST /api/admin/rebuild}, ADR 18) and prints its progress until it is {@code DONE} (exit 0) or
 * {@code FAILED} (exit 1). A rebuild already running is followed rather than refused.
 */
public final class RebuildCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/admin/rebuild";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI rebuild;
    private final Supplier<String> token;
    private final Duration interval;
    private final PrintStream out;

    RebuildCommand(URI queryService, Supplier<String> token, Duration interval, PrintStream out) {
        this.rebuild = queryService.resolve(PATH);
        this.token = token;
        this.interval = interval;
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        URI issuer = URI.create(TokenCommand.issuer(env));
        SignedInUser admin = new SignedInUser(issuer, "admin");
        URI queryService = URI.create(env.getOrDefault("PARTNERLEDGER_QUERY_URL",
                "http://localhost:" + env.getOrDefault("QUERY_PORT", "8081")));
        try {
            System.exit(new RebuildCommand(queryService, admin::accessToken, Duration.ofSeconds(1), System.out)
                    .run());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Cannot reach the identity provider at " + issuer + " or query-service at "
                    + queryService + " (" + e + "). Start PartnerLedger with ./run in another terminal first.");
            System.exit(1);
        }
    }

    int run() throws IOException, InterruptedException {
        HttpResponse<String> started = send("POST");
        if (started.statusCode() == 409) {
            out.println("A rebuild is already running; following it");
        } else if (started.statusCode() != 202) {
            out.println("query-service refused the rebuild: " + started.statusCode() + " " + started.body());
            return 1;
        }
        while (true) {
            HttpResponse<String> answer = send("GET");
            if (answer.statusCode() != 200) {
                out.println("query-service answered " + answer.statusCode() + " " + answer.body());
                return 1;
            }
            JsonNode progress = JSON.readTree(answer.body());
            out.println(line(progress));
            switch (progress.path("state").asText()) {
                case "DONE" -> {
                    return 0;
                }
                case "FAILED", "IDLE" -> {
                    return 1;
                }
                default -> Thread.sleep(interval.toMillis());
            }
        }
    }

    static String line(JsonNode progress) {
        String state = progress.path("state").asText();
        String counts = "%,d of %,d events".formatted(progress.path("eventsDone").asLong(),
                progress.path("eventsTotal").asLong());
        return switch (state) {
            case "DONE" -> "%-10s %s; rows that differed from the live tables: %s".formatted(state, counts,
                    differing(progress.path("differingRows")));
            case "FAILED" -> "%-10s %s: %s".formatted(state, counts, progress.path("failure").asText());
            default -> "%-10s %s, %,.0f/s%s".formatted(state, counts, progress.path("eventsPerSecond").asDouble(),
                    progress.path("secondsLeft").isNumber()
                            ? ", about " + progress.path("secondsLeft").asLong() + " s left" : "");
        };
    }

    private static String differing(JsonNode rows) {
        StringBuilder text = new StringBuilder();
        long total = 0;
        for (var table : (Iterable<Map.Entry<String, JsonNode>>) rows::fields) {
            total += table.getValue().asLong();
            if (table.getValue().asLong() > 0) {
                text.append(' ').append(table.getKey()).append('=').append(table.getValue().asLong());
            }
        }
        return total == 0 ? "none" : total + " (" + text.toString().trim() + ")";
    }

    private HttpResponse<String> send(String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(rebuild)
                .header("Authorization", "Bearer " + token.get())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
