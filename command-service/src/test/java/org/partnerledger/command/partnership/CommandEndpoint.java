package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.BodyShape.date;
import static org.partnerledger.command.partnership.BodyShape.list;
import static org.partnerledger.command.partnership.BodyShape.object;
import static org.partnerledger.command.partnership.BodyShape.oneOf;
import static org.partnerledger.command.partnership.BodyShape.optional;
import static org.partnerledger.command.partnership.BodyShape.partnerId;
import static org.partnerledger.command.partnership.BodyShape.required;
import static org.partnerledger.command.partnership.BodyShape.text;
import static org.partnerledger.command.partnership.BodyShape.uuid;

/**
 * The five command endpoints as {@code shared/API.md} describes them: a valid body naming the partners {@code abc}
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
            {"title": "Meet monthly", "rationale": "Time for the work", "decidedBy": ["abc", "rcsd"],
             "meetingId": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "reviewBy": "{dueDate}",
             "supersedes": "{decisionId}", "metricIds": ["e1d2c3b4-a596-4877-9869-5a4b3c2d1e0f"]}""",
            object(required("title", text(200)), required("rationale", text(10_000)),
                    required("decidedBy", list(partnerId(), 1, 100)), optional("meetingId", uuid()),
                    optional("reviewBy", date()), optional("supersedes", uuid()),
                    optional("metricIds", list(uuid(), 0, 20)))),
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
    // decisions, actions, conflicts and lessons (feature/conflicts)
    ACTION_COMPLETION("POST", "/api/partnerships/{id}/actions/{item}/completion", "outcome", null, """
            {"outcome": "The MOU was signed", "completedOn": "2026-11-20"}""",
            object(required("outcome", text(10_000)), required("completedOn", date()))),
    ACTION_REASSIGNMENT("POST", "/api/partnerships/{id}/actions/{item}/reassignment", "reason", null, """
            {"responsible": "rcsd", "accountable": "abc", "reason": "The schools hold the data"}""",
            object(optional("responsible", partnerId()), optional("accountable", partnerId()),
                    required("reason", text(2_000)))),
    ACTION_RESCHEDULING("POST", "/api/partnerships/{id}/actions/{item}/rescheduling", "reason", null, """
            {"dueDate": "{dueDate}", "reason": "The board meets later"}""",
            object(required("dueDate", date()), required("reason", text(2_000)))),
    ACTION_CANCELLATION("POST", "/api/partnerships/{id}/actions/{item}/cancellation", "reason", null, """
            {"reason": "The county took it over"}""",
            object(required("reason", text(2_000)))),
    CONFLICT_LADDER("PUT", "/api/partnerships/{id}/conflict-ladder", "rationale", "steps", """
            {"steps": ["Direct conversation", "Coordinator mediation", "Steering committee", "Outside mediator"],
             "rationale": "As the MOU says"}""",
            object(required("steps", list(text(100), 2, 10)), required("rationale", text(2_000)))),
    CONFLICT_ESCALATION("POST", "/api/partnerships/{id}/conflicts/{item}/escalation", "reason", null, """
            {"reason": "Two conversations ended without agreement"}""",
            object(required("reason", text(2_000)))),
    CONFLICT_RESOLUTION("POST", "/api/partnerships/{id}/conflicts/{item}/resolution", "resolution", "agreedBy", """
            {"resolution": "Share anonymised data quarterly", "agreedBy": ["abc", "rcsd"],
             "decision": {"title": "Share data quarterly", "rationale": "Both boards can live with it"}}""",
            object(required("resolution", text(10_000)), required("agreedBy", list(partnerId(), 1, 100)),
                    optional("decision", object(required("title", text(200)), required("rationale", text(10_000)))))),
    CONFLICT_REOPENING("POST", "/api/partnerships/{id}/conflicts/{item}/reopening", "reason", null, """
            {"reason": "The first quarterly share was late"}""",
            object(required("reason", text(2_000)))),
    LESSONS("POST", "/api/partnerships/{id}/lessons", "lesson", null, """
            {"kind": "NOT_WORKING", "lesson": "Evening workshops draw few parents",
             "evidence": "Attendance fell from 40 to 12", "adjustment": "Move them to Saturday mornings",
             "metricIds": ["e1d2c3b4-a596-4877-9869-5a4b3c2d1e0f"], "actionIds": ["{decisionId}"]}""",
            object(required("kind", oneOf("WORKING", "NOT_WORKING")), required("lesson", text(2_000)),
                    required("evidence", text(10_000)), required("adjustment", text(2_000)),
                    optional("metricIds", list(uuid(), 0, 20)), optional("actionIds", list(uuid(), 0, 100))));

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

    /** A top-level field that holds text a partner typed. */
    String textField() {
        return textField;
    }

    /** A top-level field that holds a list, or {@code null} for a body that has none. */
    String listField() {
        return listField;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
