package org.partnerledger.infra.endtoend;

import org.partnerledger.infra.identity.SignedInUser;

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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A seeded stream of commands from a few concurrent clients, every one with its own Idempotency-Key, recording what
 * each client learnt. It mixes the practices: decisions, actions and their completion, conflicts and their
 * resolution with a decision (two events in one command), vision revisions, check-ins, lessons and RACI areas.
 * The demo coordinator of abc sends most; the member of rcsd, a partner of every partnership formed, records the
 * decisions and check-ins. About one command in ten breaks a rule on purpose (a party that is no partner, which a
 * member is also not permitted to name in place of its own), so that refusals are exercised too.
 */
final class LoadGenerator {

    private static final int CLIENTS = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** A client that cannot reach the service waits a little, as real ones do, instead of spinning. */
    private static final Duration BACKOFF = Duration.ofMillis(200);
    private static final String COORDINATOR = "coordinator";
    private static final String MEMBER = "member-rcsd";

    private final Supplier<String> commandBaseUrl;
    private final Function<String, SignedInUser> users;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, SentCommand> sent = new ConcurrentHashMap<>();
    private final List<String> partnerships = new CopyOnWriteArrayList<>();
    /** Actions and conflicts that came back OK, each as {@code partnershipId/itemId}, for the commands that follow. */
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final List<String> conflicts = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService clients;
    private List<Future<?>> loops;

    /**
     * @param commandBaseUrl asked before every request, since a restarted service may listen elsewhere
     * @param users          the demo users signed in, by name
     */
    LoadGenerator(Supplier<String> commandBaseUrl, Function<String, SignedInUser> users, long seed) {
        this.commandBaseUrl = commandBaseUrl;
        this.users = users;
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
            return new SentCommand(key, COORDINATOR, "POST", "/api/partnerships", """
                    {"name": "Partnership %s", "coordinator": "abc",
                     "vision": {"statement": "A living wage for all", "goals": ["jobs"]},
                     "partners": [{"id": "abc", "name": "ABC"}, {"id": "rcsd", "name": "Schools"},
                                  {"id": "county", "name": "County"}]}""".formatted(key), null, null);
        }
        String id = partnerships.get(random.nextInt(partnerships.size()));
        String base = "/api/partnerships/" + id;
        String party = random.nextInt(10) == 0 ? "ghost" : "rcsd";
        return switch (random.nextInt(9)) {
            case 0 -> new SentCommand(key, MEMBER, "POST", base + "/decisions", """
                    {"title": "Decision %s", "rationale": "Load", "decidedBy": ["abc", "%s"]}"""
                    .formatted(key, party), null, id);
            case 1 -> new SentCommand(key, COORDINATOR, "POST", base + "/actions", """
                    {"title": "Action %s", "responsible": "%s", "accountable": "abc", "dueDate": "%s"}"""
                    .formatted(key, party, LocalDate.now().plusDays(7)), null, id);
            case 2 -> new SentCommand(key, COORDINATOR, "POST", base + "/conflicts", """
                    {"subject": "Conflict %s", "description": "Load", "parties": ["abc", "%s"], "severity": "LOW"}"""
                    .formatted(key, party), null, id);
            case 3 -> new SentCommand(key, COORDINATOR, "PUT", base + "/vision", """
                    {"statement": "Vision %s", "goals": ["jobs"], "rationale": "Load"}""".formatted(key), null, id);
            case 4 -> new SentCommand(key, MEMBER, "POST", base + "/check-ins", """
                    {"partners": ["abc", "%s"], "occurredOn": "%s", "channel": "PHONE", "note": "Load"}"""
                    .formatted(party, LocalDate.now().minusDays(1)), null, id);
            case 5 -> new SentCommand(key, COORDINATOR, "POST", base + "/lessons", """
                    {"kind": "WORKING", "lesson": "Lesson %s", "evidence": "Load", "adjustment": "None"}"""
                    .formatted(key), null, id);
            case 6 -> new SentCommand(key, COORDINATOR, "POST", base + "/raci-areas", """
                    {"name": "Area %s", "description": "Load"}""".formatted(key), null, id);
            case 7 -> onAnItem(actions, random, key, "/completion", """
                    {"outcome": "Done %s", "completedOn": "%s"}""".formatted(key, LocalDate.now().minusDays(1)), 1);
            default -> onAnItem(conflicts, random, key, "/resolution", """
                    {"resolution": "Settled %s", "agreedBy": ["abc", "rcsd"],
                     "decision": {"title": "Settled %s", "rationale": "Load"}}""".formatted(key, key), 2);
        };
    }

    /**
     * A command on an action or a conflict an earlier command recorded; before there is one, a decision instead.
     * An item may be closed already, or chosen twice: the command is then refused, which the checker expects.
     */
    private SentCommand onAnItem(List<String> items, Random random, String key, String verb, String body, int events) {
        if (items.isEmpty()) {
            String id = partnerships.get(random.nextInt(partnerships.size()));
            return new SentCommand(key, COORDINATOR, "POST", "/api/partnerships/" + id + "/decisions", """
                    {"title": "Decision %s", "rationale": "Load", "decidedBy": ["abc"]}""".formatted(key), null, id);
        }
        String item = items.get(random.nextInt(items.size()));
        String id = item.substring(0, item.indexOf('/'));
        String kind = items == actions ? "/actions/" : "/conflicts/";
        return new SentCommand(key, COORDINATOR, "POST",
                "/api/partnerships/" + id + kind + item.substring(id.length() + 1) + verb, body, null, id, events);
    }

    private void remember(SentCommand command, String body) {
        if (command.path().endsWith("/actions")) {
            actions.add(command.partnershipId() + "/" + body.replaceAll(".*\"actionId\":\"([^\"]+)\".*", "$1"));
        } else if (command.path().endsWith("/conflicts")) {
            conflicts.add(command.partnershipId() + "/"
                    + body.replaceAll(".*\"conflictId\":\"([^\"]+)\".*", "$1"));
        }
    }

    private CommandOutcome send(SentCommand command) {
        CommandOutcome outcome;
        String formed = null;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(commandBaseUrl.get()
                            + command.path()))
                    .method(command.method(), HttpRequest.BodyPublishers.ofString(command.body()))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + users.apply(command.sender()).accessToken())
                    .header("Idempotency-Key", command.key())
                    .timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            outcome = CommandOutcome.of(response.statusCode());
            if (outcome == CommandOutcome.OK && command.path().equals("/api/partnerships")) {
                formed = response.body().replaceAll(".*\"partnershipId\":\"([^\"]+)\".*", "$1");
                partnerships.add(formed);
            } else if (outcome == CommandOutcome.OK) {
                remember(command, response.body());
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
