package org.partnerledger.infra.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a busy partnership sends, in the guide's proportions: in every cycle of eleven turns three decisions, two
 * actions assigned and two completed, a measurement of its shared metric, two check-ins, and a meeting scheduled and
 * its minutes recorded with two decisions and two actions. A partnership is first given an active monthly metric
 * ({@link #prepare}); the mix then keeps, for each, the actions it assigned and has not completed, and the next
 * past month to measure, so that every command it sends is one the partnership accepts.
 */
final class Mix {

    /** The command types the mix reports on, each a request of its own. */
    enum Type {
        DECISION, ACTION_ASSIGNED, ACTION_COMPLETED, MEASUREMENT, CHECK_IN, MEETING_SCHEDULED, MINUTES
    }

    /** One request the mix sent, by its type. */
    record Sent(Type type, Http.Answer answer) {
    }

    /** A partnership the mix commands, with what it must remember to keep every command acceptable. */
    static final class Partnership {

        private final String id;
        private final String metricId;
        private final Deque<String> openActions = new ConcurrentLinkedDeque<>();
        private final AtomicInteger monthsMeasured = new AtomicInteger();

        private Partnership(String id, String metricId) {
            this.id = id;
            this.metricId = metricId;
        }

        String id() {
            return id;
        }
    }

    private static final List<Type> CYCLE = List.of(Type.DECISION, Type.ACTION_ASSIGNED, Type.CHECK_IN,
            Type.DECISION, Type.ACTION_COMPLETED, Type.MEASUREMENT, Type.DECISION, Type.ACTION_ASSIGNED,
            Type.ACTION_COMPLETED, Type.CHECK_IN, Type.MEETING_SCHEDULED);
    private static final Pattern ACTION_ID = Pattern.compile("\"actionId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ACTION_IDS = Pattern.compile("\"actionIds\"\\s*:\\s*\\[([^]]*)]");
    private static final Pattern METRIC_ID = Pattern.compile("\"metricId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern MEETING_ID = Pattern.compile("\"meetingId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern UUID = Pattern.compile("[0-9a-f-]{36}");

    private static final String METRIC = """
            {"name": "Adults placed in living-wage jobs", "definition": "Adults who started a job paying a living \
            wage", "unit": "INDIVIDUALS", "baseline": 0, "target": 200, "targetDate": "%s", "direction": "UP",
             "ownerPartner": "abc", "collectionMethod": "Placement records of each partner", "frequency": "MONTHLY",
             "measureKind": "BETTER_OFF"}""";
    private static final String DECISION = """
            {"title": "Decision %d", "rationale": "Agreed after a review of the placements report",
             "decidedBy": ["abc", "rcsd"]}""";
    private static final String ACTION = """
            {"title": "Action %d", "responsible": "abc", "accountable": "rcsd", "dueDate": "%s",
             "consulted": ["city"], "informed": []}""";
    private static final String COMPLETION = """
            {"outcome": "Done as agreed at the meeting", "completedOn": "%s"}""";
    private static final String MEASUREMENT = """
            {"period": "%s", "value": %d, "recordedBy": "abc"}""";
    private static final String CHECK_IN = """
            {"partners": ["abc", "city"], "occurredOn": "%s", "channel": "PHONE",
             "note": "Caught up on the referral backlog before the monthly meeting"}""";
    private static final String MEETING = """
            {"title": "Monthly meeting %d", "scheduledAt": "%s",
             "agenda": [{"topic": "Placements", "objective": "Review the month's placements", "timeBoxMinutes": 30},
                        {"topic": "Childcare hubs", "objective": "Agree the second site", "timeBoxMinutes": 20}]}""";
    private static final String MINUTES = """
            {"attendees": ["abc", "rcsd", "city"], "summary": "Placements on track; second hub site agreed",
             "items": [{"agendaItem": 0, "discussion": "Placements rose on last month", "actualMinutes": 25},
                       {"agendaItem": 1, "discussion": "The east-side site won", "actualMinutes": 20}],
             "decisions": [{"title": "Open the east-side hub %d", "rationale": "Closest to the families served",
                            "decidedBy": ["abc", "city"]},
                           {"title": "Share placements monthly %d", "rationale": "Funders ask for it",
                            "decidedBy": ["abc", "rcsd"]}],
             "actions": [{"title": "Sign the east-side lease %d", "responsible": "city", "accountable": "abc",
                          "dueDate": "%s", "decision": 0},
                         {"title": "Send the placements report %d", "responsible": "abc", "accountable": "rcsd",
                          "dueDate": "%s", "consulted": ["city"]}]}""";

    private final Http http;
    private final AtomicLong turns = new AtomicLong();
    private final String dueDate = LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString();

    Mix(Http commandService) {
        this.http = commandService;
    }

    /** Proposes the partnership's shared metric and has its three partners endorse it, which activates it. */
    Partnership prepare(String partnershipId) {
        String base = "/api/partnerships/" + partnershipId;
        String metricId = find(METRIC_ID, expectOk(http.post(base + "/metrics",
                METRIC.formatted(LocalDate.now(ZoneOffset.UTC).plusYears(2))), "proposing a metric"));
        for (String partner : List.of("abc", "rcsd", "city")) {
            expectOk(http.post(base + "/metrics/" + metricId + "/endorsements",
                    "{\"partner\": \"%s\"}".formatted(partner)), "endorsing the metric");
        }
        return new Partnership(partnershipId, metricId);
    }

    /** The next turn of the cycle on a partnership: one request, or a meeting and then its minutes. */
    List<Sent> next(Partnership partnership) {
        long n = turns.incrementAndGet();
        String base = "/api/partnerships/" + partnership.id;
        Type type = CYCLE.get((int) (n % CYCLE.size()));
        String completed = type == Type.ACTION_COMPLETED ? partnership.openActions.pollFirst() : null;
        if (type == Type.ACTION_COMPLETED && completed == null) {
            type = Type.ACTION_ASSIGNED;
        }
        List<Sent> sent = new ArrayList<>(2);
        switch (type) {
            case DECISION -> sent.add(send(Type.DECISION, base + "/decisions", DECISION.formatted(n)));
            case ACTION_ASSIGNED -> {
                Sent assigned = send(Type.ACTION_ASSIGNED, base + "/actions", ACTION.formatted(n, dueDate));
                remember(partnership, assigned, ACTION_ID);
                sent.add(assigned);
            }
            case ACTION_COMPLETED -> sent.add(send(Type.ACTION_COMPLETED,
                    base + "/actions/" + completed + "/completion", COMPLETION.formatted(yesterday())));
            case MEASUREMENT -> {
                YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1 + partnership.monthsMeasured
                        .getAndIncrement());
                sent.add(send(Type.MEASUREMENT, base + "/metrics/" + partnership.metricId + "/measurements",
                        MEASUREMENT.formatted(month, 10 + n % 40)));
            }
            case CHECK_IN -> sent.add(send(Type.CHECK_IN, base + "/check-ins", CHECK_IN.formatted(yesterday())));
            default -> {
                String startsSoon = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                        .toString();
                Sent scheduled = send(Type.MEETING_SCHEDULED, base + "/meetings", MEETING.formatted(n, startsSoon));
                sent.add(scheduled);
                if (scheduled.answer().ok()) {
                    Sent minutes = send(Type.MINUTES, base + "/meetings/" + find(MEETING_ID,
                            scheduled.answer()) + "/minutes", MINUTES.formatted(n, n, n, dueDate, n, dueDate));
                    remember(partnership, minutes, ACTION_IDS);
                    sent.add(minutes);
                }
            }
        }
        return sent;
    }

    private Sent send(Type type, String path, String json) {
        return new Sent(type, http.post(path, json));
    }

    private static void remember(Partnership partnership, Sent sent, Pattern actions) {
        if (!sent.answer().ok()) {
            return;
        }
        Matcher ids = UUID.matcher(find(actions, sent.answer()));
        while (ids.find()) {
            partnership.openActions.addLast(ids.group());
        }
    }

    private static String yesterday() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    }

    private static String find(Pattern pattern, Http.Answer answer) {
        Matcher matcher = pattern.matcher(answer.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + answer.status() + " " + answer.body());
        }
        return matcher.group(1);
    }

    private static Http.Answer expectOk(Http.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
