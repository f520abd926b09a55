package org.partnerledger.infra.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command API as a client uses it: forming partnerships, then a rotation of the four single-event commands
 * (decision, action, conflict, vision revision), every one of which the aggregate accepts.
 */
final class Commands {

    private static final Pattern PARTNERSHIP_ID = Pattern.compile("\"partnershipId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final String FORM = """
            {"name": "Benchmark partnership %d", "coordinator": "abc",
             "vision": {"statement": "Every working family reaches a living wage",
                        "goals": ["Place 200 adults in jobs"]},
             "partners": [{"id": "abc", "name": "Action for a Better Community"},
                          {"id": "rcsd", "name": "Rochester City School District"},
                          {"id": "city", "name": "City of Rochester"}]}""";
    private static final String DECISION = """
            {"title": "Decision %d", "rationale": "Agreed at the monthly meeting after a review of the placements \
            report", "decidedBy": ["abc", "rcsd"]}""";
    private static final String REFUSED_DECISION = """
            {"title": "Decision without deciders", "rationale": "Agreed at the monthly meeting after a review of the \
            placements report", "decidedBy": []}""";
    private static final String ACTION = """
            {"title": "Action %d", "responsible": "abc", "accountable": "rcsd", "dueDate": "%s",
             "consulted": ["city"], "informed": []}""";
    private static final String CONFLICT = """
            {"subject": "Conflict %d", "description": "The partners disagree on who shares the placement data",
             "parties": ["abc", "rcsd"], "severity": "MEDIUM"}""";
    private static final String VISION = """
            {"statement": "Every working family reaches a living wage (benchmark %d-%d)",
             "goals": ["Place 200 adults in jobs", "Open two childcare hubs"],
             "rationale": "Revised by the benchmark"}""";

    private final Http http;
    private final AtomicLong counter = new AtomicLong();
    private final long runId = System.nanoTime();
    private final String dueDate = LocalDate.now().plusMonths(6).toString();

    Commands(Http commandService) {
        this.http = commandService;
    }

    /** Forms a partnership and returns its id. */
    String form() {
        Http.Answer answer = http.post("/api/partnerships", FORM.formatted(counter.incrementAndGet()));
        Matcher matcher = PARTNERSHIP_ID.matcher(answer.body());
        if (answer.status() != 201 || !matcher.find()) {
            throw new IllegalStateException("forming a partnership answered " + answer.status() + ": " + answer.body());
        }
        return matcher.group(1);
    }

    /** One command as sent: sending it again with the same Idempotency-Key is what a client does on a retry. */
    record Request(String method, String path, String json) {
    }

    /** Sends the next command of the rotation, which appends exactly one event. */
    Http.Answer next(String partnershipId) {
        Request request = nextRequest(partnershipId);
        return http.write(request.method(), request.path(), request.json(), Map.of());
    }

    /** The next command of the rotation, to be sent with an Idempotency-Key. */
    Request nextRequest(String partnershipId) {
        long n = counter.incrementAndGet();
        String path = "/api/partnerships/" + partnershipId;
        return switch ((int) (n % 4)) {
            case 0 -> new Request("POST", path + "/decisions", DECISION.formatted(n));
            case 1 -> new Request("POST", path + "/actions", ACTION.formatted(n, dueDate));
            case 2 -> new Request("POST", path + "/conflicts", CONFLICT.formatted(n));
            default -> new Request("PUT", path + "/vision", VISION.formatted(runId, n));
        };
    }

    /** A decision, the one command the CRUD peer has too. */
    Http.Answer decision(String partnershipId) {
        return http.post("/api/partnerships/" + partnershipId + "/decisions",
                DECISION.formatted(counter.incrementAndGet()));
    }

    /** A decision nobody decided: the web layer refuses it (400) before it reaches Axon. */
    Http.Answer refused(String partnershipId) {
        return http.post("/api/partnerships/" + partnershipId + "/decisions", REFUSED_DECISION);
    }

    Http.Answer send(Request request, String idempotencyKey) {
        return http.write(request.method(), request.path(), request.json(),
                Map.of("Idempotency-Key", idempotencyKey));
    }
}
