package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.BodyShape.bool;
import static org.partnerledger.command.partnership.BodyShape.date;
import static org.partnerledger.command.partnership.BodyShape.integer;
import static org.partnerledger.command.partnership.BodyShape.key;
import static org.partnerledger.command.partnership.BodyShape.metricValue;
import static org.partnerledger.command.partnership.BodyShape.pattern;
import static org.partnerledger.command.partnership.BodyShape.peopleCount;
import static org.partnerledger.command.partnership.BodyShape.period;
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
    // shared metrics, stories and partnership reviews
    METRICS("POST", "/api/partnerships/{id}/metrics", "name", null, """
            {"name": "Adults placed in jobs", "definition": "Adults who start a job at a living wage",
             "unit": "INDIVIDUALS", "baseline": 40, "target": 200.5, "targetDate": "{dueDate}", "direction": "UP",
             "ownerPartner": "abc", "collectionMethod": "Case managers enter placements", "frequency": "QUARTERLY",
             "measureKind": "BETTER_OFF", "indicator": {"framework": "CSBG-NPI", "frameworkVersion": "2.0",
             "code": "1.2"}}""",
            object(required("name", text(200)), required("definition", text(2000)),
                    required("unit", oneOf("INDIVIDUALS", "HOUSEHOLDS", "PERCENT", "DOLLARS", "COUNT")),
                    required("baseline", metricValue()), required("target", metricValue()),
                    required("targetDate", date()), required("direction", oneOf("UP", "DOWN")),
                    required("ownerPartner", partnerId()), required("collectionMethod", text(2000)),
                    required("frequency", oneOf("MONTHLY", "QUARTERLY", "YEARLY")),
                    required("measureKind", oneOf("HOW_MUCH", "HOW_WELL", "BETTER_OFF")),
                    optional("indicator", object(required("framework", text(100)),
                            optional("frameworkVersion", text(40)), optional("code", text(40)))))),
    METRIC_ENDORSEMENTS("POST", "/api/partnerships/{id}/metrics/{item}/endorsements", null, null, """
            {"partner": "rcsd"}""",
            object(required("partner", partnerId()))),
    METRIC_RETIREMENT("POST", "/api/partnerships/{id}/metrics/{item}/retirement", "reason", null, """
            {"reason": "The county reports it for us"}""",
            object(required("reason", text(10_000)))),
    METRIC_TARGETS("POST", "/api/partnerships/{id}/metrics/{item}/targets", null, null, """
            {"period": "2027-Q1", "target": 45}""",
            object(required("period", period()), required("target", metricValue()))),
    METRIC_TARGET_AMENDMENTS("POST", "/api/partnerships/{id}/metrics/{item}/target-amendments", "reason", null, """
            {"period": "2027-Q1", "target": 38.5, "reason": "The training site opens late"}""",
            object(required("period", period()), required("target", metricValue()),
                    required("reason", text(10_000)))),
    METRIC_COLLECTION_DELEGATIONS("POST", "/api/partnerships/{id}/metrics/{item}/collection-delegations", null,
            null, """
            {"partner": "rcsd"}""",
            object(required("partner", partnerId()))),
    MEASUREMENTS("POST", "/api/partnerships/{id}/metrics/{item}/measurements", null, null, """
            {"period": "2026-Q4", "value": 42, "served": 120, "achieving": 42, "recordedBy": "abc"}""",
            object(required("period", period()), required("value", metricValue()),
                    optional("served", peopleCount()), optional("achieving", peopleCount()),
                    required("recordedBy", partnerId()))),
    MEASUREMENT_CORRECTIONS("POST", "/api/partnerships/{id}/metrics/{item}/measurement-corrections", "reason",
            null, """
            {"period": "2026-Q4", "value": 44.25, "served": 121, "achieving": 44, "reason": "Late entries"}""",
            object(required("period", period()), required("value", metricValue()),
                    optional("served", peopleCount()), optional("achieving", peopleCount()),
                    required("reason", text(10_000)))),
    STORIES("POST", "/api/partnerships/{id}/stories", "title", null, """
            {"title": "Maria's first paycheck", "narrative": "After the course Maria started work.",
             "partner": "abc"}""",
            object(required("title", text(200)), required("narrative", text(10_000)),
                    required("partner", partnerId()))),
    STORY_CONSENT("POST", "/api/partnerships/{id}/stories/{item}/consent", null, "channels", """
            {"identification": "FIRST_NAME", "channels": ["FUNDER_VIEW", "PUBLIC_REPORT"],
             "expiresOn": "{dueDate}", "minor": true, "guardianConsent": true, "reviewedTextOn": "2026-01-15"}""",
            "\"FUNDER_VIEW\"",
            object(required("identification", oneOf("NAMED", "FIRST_NAME", "ANONYMOUS")),
                    required("channels", list(oneOf("FUNDER_VIEW", "PUBLIC_REPORT", "SOCIAL_MEDIA"), 1, 3)),
                    required("expiresOn", date()), required("minor", bool()),
                    required("guardianConsent", bool()), required("reviewedTextOn", date()))),
    STORY_CONSENT_WITHDRAWAL("POST", "/api/partnerships/{id}/stories/{item}/consent-withdrawal", "reason", null,
            """
            {"reason": "She no longer wishes it"}""",
            object(required("reason", text(10_000)))),
    REVIEW_INSTRUMENT("PUT", "/api/partnerships/{id}/review-instrument", null, "categories", """
            {"instrumentId": "county-check", "version": "2", "categories": [{"key": "trust", "name": "Trust",
             "factors": [{"key": "honesty", "name": "Honesty", "items": [{"key": "honest-limits",
             "question": "Are partners open about their limits?"}]}]}]}""",
            "{\"key\": \"X\"}",
            object(required("instrumentId", key()), required("version", pattern("[A-Za-z0-9.-]{1,20}")),
                    required("categories", list(object(required("key", key()), required("name", text(200)),
                            required("factors", list(object(required("key", key()), required("name", text(200)),
                                    required("items", list(object(required("key", key()),
                                            required("question", text(500))), 1, 10))), 1, 10))), 1, 20)))),
    REVIEW_ROUNDS("POST", "/api/partnerships/{id}/review-rounds", "title", null, """
            {"title": "Winter review", "closesOn": "{dueDate}"}""",
            object(required("title", text(200)), required("closesOn", date()))),
    REVIEW_RATINGS("POST", "/api/partnerships/{id}/review-rounds/{item}/ratings", null, "answers", """
            {"partner": "rcsd", "answers": [{"itemKey": "communication-channels", "score": 4,
             "comment": "Email works"}]}""",
            "{\"itemKey\": \"X\"}",
            object(required("partner", partnerId()), required("answers", list(object(required("itemKey", key()),
                    required("score", integer(1, 5)), optional("comment", text(2000))), 1, 100)))),
    REVIEW_ROUND_CLOSURE("POST", "/api/partnerships/{id}/review-rounds/{item}/closure", "summary", null, """
            {"summary": "Meet more often"}""",
            object(optional("summary", text(10_000))));

    static final String ITEM = "00000000-0000-4000-8000-0000000001e7";

    private final String method;
    private final String path;
    private final String textField;
    private final String listField;
    private final String validBody;
    private final BodyShape shape;
    private final String invalidListItem;

    CommandEndpoint(String method, String path, String textField, String listField, String validBody,
                    BodyShape shape) {
        this(method, path, textField, listField, validBody, null, shape);
    }

    /**
     * @param textField       a top-level field of typed text, or {@code null} where the body has none
     * @param listField       a top-level list, or {@code null} where the body has none
     * @param invalidListItem JSON of an item that the list refuses (150 of them), where the text "X" would be
     *                        refused by its type rather than by validation
     */
    CommandEndpoint(String method, String path, String textField, String listField, String validBody,
                    String invalidListItem, BodyShape shape) {
        this.invalidListItem = invalidListItem;
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

    /** JSON of an item the list field refuses by validation, or {@code null} for the text "X". */
    String invalidListItem() {
        return invalidListItem;
    }

    /** Whether the body has a top-level field of typed text (and the hostile texts are tried on it). */
    boolean hasText() {
        return textField != null;
    }

    /** A top-level field that holds text a partner typed. */
    String textField() {
        return textField;
    }

    /** A top-level field that holds a list. */
    String listField() {
        return listField;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
