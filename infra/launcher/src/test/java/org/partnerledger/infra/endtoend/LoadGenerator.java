package org.partnerledger.infra.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A seeded stream of commands from a few concurrent clients, every one with its own Idempotency-Key, recording what
 * each client learnt. About one command in ten breaks a rule on purpose, so that refusals are exercised too.
 */
final class LoadGenerator {

    private static final int CLIENTS = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** A client that cannot reach the service waits a little, as real ones do, instead of spinning. */
    private static final Duration BACKOFF = Duration.ofMillis(200);

    private final Supplier<String> commandBaseUrl;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, SentCommand> sent = new ConcurrentHashMap<>();
    private final List<String> partnerships = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService clients;
    private List<Future<?>> loops;

    /** @param commandBaseUrl asked before every request, since a restarted service may listen elsewhere */
    LoadGenerator(Supplier<String> commandBaseUrl, long seed) {
        this.commandBaseUrl = commandBaseUrl;
        this.seed = seed;
    }

    void start() {
        running.set(true);
        clients = Executors.newFixedThreadPool(CLIENTS);
        loops = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Random random = new Random(seed * 31 + client + sent.size());
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    if (send(next(random)) == CommandOutcome.UNKNOWN) {
                        LockSupport.parkNanos(BACKOFF.toNanos());
                    }
                }
            }));
        }
    }

    void stop() throws Exception {
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get();
        }
        clients.shutdown();
    }

    /** Sends every command whose outcome is unknown again, with the same key, until each is known. */
    void retryUnknown() {
        for (int round = 0; round < 5 && sent.values().stream().anyMatch(this::unknown); round++) {
            sent.values().stream().filter(this::unknown).toList().forEach(this::send);
        }
    }

    Collection<SentCommand> sent() {
        return sent.values();
    }

    private boolean unknown(SentCommand command) {
        return command.outcome() == CommandOutcome.UNKNOWN;
    }

    private SentCommand next(Random random) {
        String key = "load-" + seed + "-" + random.nextLong();
        if (partnerships.size() < 3 || random.nextInt(10) == 0) {
            return new SentCommand(key, "POST", "/api/partnerships", """
                    {"name": "Partnership %s", "coordinator": "abc",
                     "vision": {"statement": "A living wage for all", "goals": ["jobs"]},
                     "partners": [{"id": "abc", "name": "ABC"}, {"id": "rcsd", "name": "Schools"},
                                  {"id": "county", "name": "County"}]}""".formatted(key), null, null);
        }
        String id = partnerships.get(random.nextInt(partnerships.size()));
        String base = "/api/partnerships/" + id;
        String party = random.nextInt(10) == 0 ? "ghost" : "rcsd";
        return switch (random.nextInt(4)) {
            case 0 -> new SentCommand(key, "POST", base + "/decisions", """
                    {"title": "Decision %s", "rationale": "Load", "decidedBy": ["abc", "%s"]}"""
                    .formatted(key, party), null, id);
            case 1 -> new SentCommand(key, "POST", base + "/actions", """
                    {"title": "Action %s", "responsible": "%s", "accountable": "abc", "dueDate": "%s"}"""
                    .formatted(key, party, LocalDate.now().plusDays(7)), null, id);
            case 2 -> new SentCommand(key, "POST", base + "/conflicts", """
                    {"subject": "Conflict %s", "description": "Load", "parties": ["abc", "%s"], "severity": "LOW"}"""
                    .formatted(key, party), null, id);
            default -> new SentCommand(key, "PUT", base + "/vision", """
                    {"statement": "Vision %s", "goals": ["jobs"], "rationale": "Load"}""".formatted(key), null, id);
        };
    }

    private CommandOutcome send(SentCommand command) {
        CommandOutcome outcome;
        String formed = null;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(commandBaseUrl.get()
                            + command.path()))
                    .method(command.method(), HttpRequest.BodyPublishers.ofString(command.body()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", command.key())
                    .timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            outcome = CommandOutcome.of(response.statusCode());
            if (outcome == CommandOutcome.OK && command.path().equals("/api/partnerships")) {
                formed = response.body().replaceAll(".*\"partnershipId\":\"([^\"]+)\".*", "$1");
                partnerships.add(formed);
            }
        } catch (IOException e) {
            outcome = CommandOutcome.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = CommandOutcome.UNKNOWN;
        }
        sent.put(command.key(), command.after(outcome, formed));
        return outcome;
    }
}
