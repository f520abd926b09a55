package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.BodyShape.date;
import static org.partnerledger.command.partnership.BodyShape.instant;
import static org.partnerledger.command.partnership.BodyShape.integer;
import static org.partnerledger.command.partnership.BodyShape.list;
import static org.partnerledger.command.partnership.BodyShape.object;
import static org.partnerledger.command.partnership.BodyShape.oneOf;
import static org.partnerledger.command.partnership.BodyShape.optional;
import static org.partnerledger.command.partnership.BodyShape.partnerId;
import static org.partnerledger.command.partnership.BodyShape.required;
import static org.partnerledger.command.partnership.BodyShape.text;
import static org.partnerledger.command.partnership.BodyShape.uuid;

/**
 * The command endpoints as {@code shared/API.md} describes them: a valid body naming the partners {@code abc}
 * and {@code rcsd}, and the shape every body the contract admits has, written from the contract rather than from
 * the request records, so that it can judge them.
 */
enum CommandEndpoint {

    FORM("POST", "/api/partnerships", "name", "partners", """
            {"name": "Working Families", "vision": {"statement": "Every family reaches a living wage",
             "goals": ["200 jobs"]}, "partners": [{"id": "abc", "name": "Action for a Better Community"},
             {"id": "rcsd", "name": "City Schools"}], "coordinator": "abc"}""",
            object(required("name", text(200)),
                    required("vision", object(required("statement", text(2000)),
                            required("goals", list(text(500), 0, 20)))),
                    required("partners", list(object(required("id", partnerId()), required("name", text(200))),
                            1, 100)),
                    required("coordinator", partnerId()))),
    DECISIONS("POST", "/api/partnerships/{id}/decisions", "title", "decidedBy", """
            {"title": "Meet monthly", "rationale": "Time for the work", "decidedBy": ["abc", "rcsd"]}""",
            object(required("title", text(200)), required("rationale", text(10_000)),
                    required("decidedBy", list(partnerId(), 1, 100)))),
    ACTIONS("POST", "/api/partnerships/{id}/actions", "title", "consulted", """
            {"title": "Draft the MOU", "responsible": "abc", "accountable": "rcsd", "dueDate": "{dueDate}",
             "consulted": ["rcsd"], "informed": ["abc"], "decisionId": "{decisionId}"}""",
            object(required("title", text(200)), required("responsible", partnerId()),
                    required("accountable", partnerId()), required("dueDate", date()),
                    optional("consulted", list(partnerId(), 0, 100)), optional("informed", list(partnerId(), 0, 100)),
                    optional("decisionId", uuid()))),
    CONFLICTS("POST", "/api/partnerships/{id}/conflicts", "subject", "parties", """
            {"subject": "Data sharing", "description": "No agreement yet", "parties": ["abc", "rcsd"],
             "severity": "HIGH"}""",
            object(required("subject", text(200)), required("description", text(10_000)),
                    required("parties", list(partnerId(), 0, 100)),
                    required("severity", oneOf("LOW", "MEDIUM", "HIGH")))),
    VISION("PUT", "/api/partnerships/{id}/vision", "statement", "goals", """
            {"statement": "Every family in the county", "goals": ["300 jobs"], "rationale": "The county joined"}""",
            object(required("statement", text(2000)), required("goals", list(text(500), 0, 20)),
                    required("rationale", text(10_000)))),
    // Meetings and check-ins (feature/meetings)
    MEETING_CADENCE("PUT", "/api/partnerships/{id}/meeting-cadence", null, null, """
            {"cadence": "MONTHLY"}""",
            object(required("cadence", oneOf("WEEKLY", "BIWEEKLY", "MONTHLY", "QUARTERLY")))),
    MEETINGS("POST", "/api/partnerships/{id}/meetings", "title", "agenda", """
            {"title": "December meeting", "scheduledAt": "{dueDate}T15:00:00Z", "agenda": [{"topic": "Placements",
             "objective": "Agree the spring targets", "timeBoxMinutes": 30}]}""",
            object(required("title", text(200)), required("scheduledAt", instant()),
                    required("agenda", list(object(required("topic", text(200)), required("objective", text(2000)),
                            required("timeBoxMinutes", integer(1, 480))), 1, 30)))),
    MEETING_RESCHEDULING("POST", "/api/partnerships/{id}/meetings/{item}/rescheduling", "reason", null, """
            {"scheduledAt": "{dueDate}T16:30:00+01:00", "reason": "The board meets on the first"}""",
            object(required("scheduledAt", instant()), required("reason", text(2000)))),
    MEETING_CANCELLATION("POST", "/api/partnerships/{id}/meetings/{item}/cancellation", "reason", null, """
            {"reason": "Snow closed the schools"}""",
            object(required("reason", text(2000)))),
    MINUTES("POST", "/api/partnerships/{id}/meetings/{item}/minutes", "summary", "attendees", """
            {"attendees": ["abc", "rcsd"], "summary": "Targets agreed",
             "items": [{"agendaItem": 0, "discussion": "Set at 60", "actualMinutes": 35}],
             "decisions": [{"title": "Sign a data agreement", "rationale": "Needed first",
             "decidedBy": ["abc", "rcsd"], "reviewBy": "{dueDate}", "metricIds": ["{decisionId}"]}],
             "actions": [{"title": "Draft it", "responsible": "rcsd", "accountable": "abc", "dueDate": "{dueDate}",
             "consulted": ["abc"], "informed": ["rcsd"], "decision": 0}]}""",
            object(required("attendees", list(partnerId(), 1, 100)), required("summary", text(10_000)),
                    optional("items", list(minutesItem(), 0, 30)),
                    optional("decisions", list(object(required("title", text(200)),
                            required("rationale", text(10_000)), required("decidedBy", list(partnerId(), 1, 100)),
                            optional("reviewBy", date()), optional("metricIds", list(uuid(), 0, 100))), 0, 100)),
                    optional("actions", list(object(required("title", text(200)),
                            required("responsible", partnerId()), required("accountable", partnerId()),
                            required("dueDate", date()), optional("consulted", list(partnerId(), 0, 100)),
                            optional("informed", list(partnerId(), 0, 100)),
                            optional("decision", integer(0, 99))), 0, 100)))),
    MINUTES_AMENDMENT("POST", "/api/partnerships/{id}/meetings/{item}/minutes-amendment", "reason", "items", """
            {"amendedBy": "rcsd", "summary": "Targets agreed at 50",
             "items": [{"agendaItem": 0, "discussion": "Set at 50", "actualMinutes": 35}], "reason": "A typo"}""",
            object(required("amendedBy", partnerId()), optional("summary", text(10_000)),
                    optional("items", list(minutesItem(), 0, 30)), required("reason", text(2000)))),
    MINUTES_APPROVAL("POST", "/api/partnerships/{id}/meetings/{item}/minutes-approval", null, "approvedBy", """
            {"approvedBy": ["abc", "rcsd"]}""",
            object(required("approvedBy", list(partnerId(), 1, 100)))),
    MINUTES_CORRECTION("POST", "/api/partnerships/{id}/meetings/{item}/minutes-correction", "correction", null, """
            {"correctedBy": "abc", "correction": "50, not 60", "reason": "A typo in the approved minutes"}""",
            object(required("correctedBy", partnerId()), required("correction", text(10_000)),
                    required("reason", text(2000)))),
    CHECK_INS("POST", "/api/partnerships/{id}/check-ins", "note", "partners", """
            {"partners": ["abc", "rcsd"], "occurredOn": "2026-11-20", "channel": "PHONE",
             "note": "Counsel is reviewing the draft"}""",
            object(required("partners", list(partnerId(), 0, 100)), required("occurredOn", date()),
                    required("channel", oneOf("IN_PERSON", "PHONE", "VIDEO", "EMAIL", "MESSAGE")),
                    required("note", text(10_000))));

    static final String ITEM = "00000000-0000-4000-8000-0000000001e7";

    private final String method;
    private final String path;
    private final String textField;
    private final String listField;
    private final String validBody;
    private final BodyShape shape;

    CommandEndpoint(String method, String path, String textField, String listField, String validBody,
                    BodyShape shape) {
        this.method = method;
        this.path = path;
        this.textField = textField;
        this.listField = listField;
        this.validBody = validBody;
        this.shape = shape;
    }

    private static BodyShape minutesItem() {
        return object(required("agendaItem", integer(0, 29)), required("discussion", text(10_000)),
                required("actualMinutes", integer(0, 1440)));
    }

    String method() {
        return method;
    }

    /**
     * The path with the partnership's id in it, already encoded; forming a partnership names none. A path that
     * addresses something the partnership recorded (an action, a meeting) names it as {@code {item}}: here always
     * {@link #ITEM}, which a real partnership does not hold, so a request let through is refused by the aggregate.
     */
    String path(String partnershipId) {
        return path.replace("{id}", partnershipId).replace("{item}", ITEM);
    }

    boolean addressesAPartnership() {
        return path.contains("{id}");
    }

    /** A body the contract admits, with a due date a month away and the given decision. */
    ObjectNode validBody(String decisionId) {
        return (ObjectNode) Json.read(validBody.replace("{dueDate}", LocalDate.now().plusMonths(1).toString())
                .replace("{decisionId}", decisionId));
    }

    BodyShape shape() {
        return shape;
    }

    /** The fields a body cannot do without. */
    List<String> requiredFields() {
        return shape.requiredFields();
    }

    /** A top-level field that holds text a partner typed, or {@code null} for a body without one. */
    String textField() {
        return textField;
    }

    /** A top-level field that holds a list, or {@code null} for a body without one. */
    String listField() {
        return listField;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
