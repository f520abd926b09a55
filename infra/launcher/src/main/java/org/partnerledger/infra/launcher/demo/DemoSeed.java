package org.partnerledger.infra.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo partnerships behind {@code ./run --demo}, modelled on the case studies of the partnership guide: each
 * recorded by its {@link SeedScript} through the public API only, as the demo users, with a year of dates that ends
 * today. A partnership the demo coordinator already finds under its name is left as it is, so seeding again adds
 * nothing; one that a script cannot record fails the seed with the problem the service answered.
 */
public final class DemoSeed {

    static final List<String> SCRIPTS = List.of("/demo/rochester-working-families.seed",
            "/demo/shine-supportive-housing.seed");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One demo partnership: recorded now ({@code commands} sent, at {@code version}), or found and left alone. */
    public record Seeded(String name, String partnershipId, boolean skipped, int commands, long version) {
    }

    public record Outcome(List<Seeded> partnerships, Duration took) {

        public int commands() {
            return partnerships.stream().mapToInt(Seeded::commands).sum();
        }

        /** Events the seed appended: each partnership's stream holds {@code version + 1}. */
        public long eventsAppended() {
            return partnerships.stream().filter(seeded -> !seeded.skipped()).mapToLong(seeded -> seeded.version() + 1)
                    .sum();
        }
    }

    private final URI commandService;
    private final URI queryService;
    private final DemoApi api;
    private final Clock clock;

    public DemoSeed(URI commandService, URI queryService, URI issuer) {
        this(commandService, queryService, new DemoApi(issuer), Clock.systemUTC());
    }

    DemoSeed(URI commandService, URI queryService, DemoApi api, Clock clock) {
        this.commandService = commandService;
        this.queryService = queryService;
        this.api = api;
        this.clock = clock;
    }

    /** Seeds, printing a line per partnership: what {@code ./run --demo} shows once the services answer. */
    public static void seedAndReport(URI commandService, URI queryService, URI issuer, PrintStream out) {
        out.printf("%nSeeding the demo partnerships (./run --demo) ...%n");
        try {
            Outcome outcome = new DemoSeed(commandService, queryService, issuer).seed();
            for (Seeded seeded : outcome.partnerships()) {
                out.printf("  %-42s %s%n", seeded.name(), seeded.skipped() ? "there already, left as it is"
                        : "%d commands, %d events".formatted(seeded.commands(), seeded.version() + 1));
            }
            out.printf("Demo ready in %.1f s: sign in as coordinator, member-abc, member-rcsd, auditor or funder"
                    + " (password 'demo').%n", outcome.took().toMillis() / 1000.0);
        } catch (RuntimeException e) {
            System.err.println("The demo could not be seeded: " + e.getMessage());
        }
    }

    public Outcome seed() {
        long started = clock.millis();
        Map<String, String> existing = existingPartnerships();
        List<Seeded> seeded = new ArrayList<>();
        for (String resource : SCRIPTS) {
            SeedScript script = SeedScript.load(resource);
            SeedValues values = new SeedValues(clock);
            String name = read(values.resolve(script.formation().body())).path("name").asText();
            seeded.add(existing.containsKey(name) ? new Seeded(name, existing.get(name), true, 0, -1)
                    : record(script, name, values));
        }
        return new Outcome(seeded, Duration.ofMillis(clock.millis() - started));
    }

    /** The demo coordinator's partnerships by name, as the query side lists them. */
    private Map<String, String> existingPartnerships() {
        DemoApi.Answer answer = api.get(SeedScript.COORDINATOR, queryService.resolve("/api/partnerships"));
        if (!answer.accepted()) {
            throw new IllegalStateException("The list of partnerships was answered " + answer.status() + " "
                    + answer.body());
        }
        Map<String, String> byName = new HashMap<>();
        read(answer.body()).forEach(partnership -> byName.put(partnership.path("name").asText(),
                partnership.path("partnershipId").asText()));
        return byName;
    }

    private Seeded record(SeedScript script, String name, SeedValues values) {
        long version = -1;
        for (SeedScript.Step step : script.steps()) {
            String path = values.resolve(step.path());
            URI url = commandService.resolve(path.startsWith("/") ? path
                    : "/api/partnerships/" + values.resolve("${partnership}") + "/" + path);
            DemoApi.Answer answer = api.send(step.user(), step.method(), url, values.resolve(step.body()));
            if (!answer.accepted()) {
                throw new SeedRejected(script.name(), step, answer.status(), answer.body());
            }
            JsonNode body = read(answer.body());
            for (SeedScript.Capture capture : step.captures()) {
                if (!body.hasNonNull(capture.field())) {
                    throw new IllegalStateException(script.name() + ": " + step + " answered no " + capture.field()
                            + ": " + answer.body());
                }
                values.keep(capture.name(), body.get(capture.field()));
            }
            version = body.path("version").asLong(version);
        }
        return new Seeded(name, values.resolve("${partnership}"), false, script.steps().size(), version);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
