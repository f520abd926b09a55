package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.BodyShape.bool;
import static org.partnerledger.command.partnership.BodyShape.date;
import static org.partnerledger.command.partnership.BodyShape.instant;
import static org.partnerledger.command.partnership.BodyShape.integer;
import static org.partnerledger.command.partnership.BodyShape.key;
import static org.partnerledger.command.partnership.BodyShape.list;
import static org.partnerledger.command.partnership.BodyShape.metricValue;
import static org.partnerledger.command.partnership.BodyShape.object;
import static org.partnerledger.command.partnership.BodyShape.oneOf;
import static org.partnerledger.command.partnership.BodyShape.optional;
import static org.partnerledger.command.partnership.BodyShape.partnerId;
import static org.partnerledger.command.partnership.BodyShape.pattern;
import static org.partnerledger.command.partnership.BodyShape.peopleCount;
import static org.partnerledger.command.partnership.BodyShape.period;
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
            {"title": "Meet monthly", "rationale": "Time for the work", "decidedBy": ["abc", "rcsd"],
             "meetingId": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "reviewBy": "{dueDate}"}""",
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
    // decisions, actions, conflicts and lessons
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
                    optional("metricIds", list(uuid(), 0, 20)), optional("actionIds", list(uuid(), 0, 100)))),
    // governance: purpose, partners, coordinator, auditors, conclusion, RACI areas, agreements, vision upkeep,
    // engagement
    PURPOSE("PUT", "/api/partnerships/{id}/purpose", "purpose", null, """
            {"purpose": "Help working families reach economic self-sufficiency"}""",
            object(required("purpose", text(2000)))),
    PARTNERS("POST", "/api/partnerships/{id}/partners", "name", null, """
            {"id": "county", "name": "Monroe County", "organisationId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "sector": "PUBLIC"}""",
            object(required("id", partnerId()), required("name", text(200)), optional("organisationId", uuid()),
                    optional("sector", oneOf("COMMUNITY_BASED", "FAITH_BASED", "PRIVATE", "PUBLIC",
                            "EDUCATIONAL")))),
    PARTNER_WITHDRAWALS("POST", "/api/partnerships/{id}/partner-withdrawals", "reason", null, """
            {"partner": "rcsd", "reason": "The district's priorities changed"}""",
            object(required("partner", partnerId()), required("reason", text(2000)))),
    COORDINATOR("PUT", "/api/partnerships/{id}/coordinator", "coordinatorPerson", null, """
            {"coordinator": "rcsd", "coordinatorPerson": "auth0|5f8a1b2c3d4e"}""",
            object(required("coordinator", partnerId()), optional("coordinatorPerson", text(200)))),
    AUDITORS("POST", "/api/partnerships/{id}/auditors", "note", null, """
            {"organisationId": "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a", "note": "The county's audit of 2026"}""",
            object(required("organisationId", uuid()), optional("note", text(2000)))),
    AUDITOR_REVOCATION("POST", "/api/partnerships/{id}/auditors/{item}/revocation", "reason", null, """
            {"reason": "The audit is complete"}""",
            object(optional("reason", text(2000)))),
    CONCLUSION("POST", "/api/partnerships/{id}/conclusion", "closingNote", null, """
            {"closingNote": "The grant ended and its goals were met"}""",
            object(required("closingNote", text(10_000)))),
    RACI_AREAS("POST", "/api/partnerships/{id}/raci-areas", "name", null, """
            {"name": "Training", "description": "Job training for parents"}""",
            object(required("name", text(200)), required("description", text(2000)))),
    RACI_ROLES("PUT", "/api/partnerships/{id}/raci-areas/{item}/roles", "rationale", "responsible", """
            {"responsible": ["rcsd"], "accountable": "abc", "consulted": [], "informed": [],
             "rationale": "The district runs the classes"}""",
            object(required("responsible", list(partnerId(), 1, 100)), required("accountable", partnerId()),
                    optional("consulted", list(partnerId(), 0, 100)), optional("informed", list(partnerId(), 0, 100)),
                    optional("rationale", text(2000)))),
    AGREEMENTS("POST", "/api/partnerships/{id}/agreements", "title", "signatories", """
            {"kind": "MOU", "title": "Memorandum of understanding", "signatories": ["abc", "rcsd"],
             "effectiveOn": "2026-01-01", "reviewBy": "2026-12-31",
             "documentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "rolesClause": "ABC coordinates", "disputeResolutionClause": "Steering committee, then mediation"}""",
            object(required("kind", oneOf("MOU", "PARTNERSHIP_AGREEMENT")), required("title", text(200)),
                    required("signatories", list(partnerId(), 2, 100)), required("effectiveOn", date()),
                    required("reviewBy", date()), required("documentSha256", GovernanceShapes.sha256()),
                    required("rolesClause", text(10_000)), required("disputeResolutionClause", text(10_000)))),
    AGREEMENT_REVIEW("POST", "/api/partnerships/{id}/agreements/{item}/review", "notes", null, """
            {"outcome": "CONFIRMED", "reviewedOn": "2026-11-01", "nextReviewBy": "2027-11-01",
             "notes": "Still fits the work"}""",
            object(required("outcome", oneOf("CONFIRMED", "AMENDED")), required("reviewedOn", date()),
                    required("nextReviewBy", date()), optional("notes", text(10_000)))),
    AGREEMENT_AMENDMENT("POST", "/api/partnerships/{id}/agreements/{item}/amendment", "summary", "signatories", """
            {"summary": "The county joins", "signatories": ["abc", "rcsd"], "nextReviewBy": "2027-06-30",
             "documentSha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"}""",
            object(required("summary", text(2000)), required("documentSha256", GovernanceShapes.sha256()),
                    required("signatories", list(partnerId(), 2, 100)), optional("nextReviewBy", date()))),
    AGREEMENT_TERMINATION("POST", "/api/partnerships/{id}/agreements/{item}/termination", "reason", null, """
            {"reason": "Replaced by the partnership agreement", "terminatedOn": "2027-01-31"}""",
            object(required("reason", text(2000)), required("terminatedOn", date()))),
    VISION_REAFFIRMATION("POST", "/api/partnerships/{id}/vision/reaffirmation", "note", "participants", """
            {"participants": ["abc", "rcsd"], "note": "Still our north star"}""",
            object(required("participants", list(partnerId(), 1, 100)), optional("note", text(2000)))),
    VISION_REVISIT_INTERVAL("PUT", "/api/partnerships/{id}/vision/revisit-interval", "rationale", null, """
            {"months": 12, "rationale": "Once a year, at the annual meeting"}""",
            object(required("months", GovernanceShapes.integer(1, 60)), optional("rationale", text(2000)))),
    MILESTONES("POST", "/api/partnerships/{id}/milestones", "title", null, """
            {"title": "100 adults placed", "achievedOn": "2026-06-15", "achievement": "The hundredth parent",
             "metricId": "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "value": 100}""",
            object(required("title", text(200)), required("achievedOn", date()),
                    required("achievement", text(2000)), optional("metricId", uuid()),
                    optional("value", GovernanceShapes.number()))),
    ASSETS("POST", "/api/partnerships/{id}/assets", "description", null, """
            {"partner": "rcsd", "kind": "PLACES", "description": "Classrooms in three schools after hours"}""",
            object(required("partner", partnerId()),
                    required("kind", oneOf("PEOPLE", "PLACES", "INSTITUTIONS", "FUNDING", "EXPERTISE")),
                    required("description", text(2000)))),
    ASSET_WITHDRAWAL("POST", "/api/partnerships/{id}/assets/{item}/withdrawal", "reason", null, """
            {"reason": "The schools are being renovated"}""",
            object(required("reason", text(2000)))),
    PROGRESS_REPORTS("POST", "/api/partnerships/{id}/progress-reports", "title", null, """
            {"periodStart": "2026-01-01", "periodEnd": "2026-06-30", "audience": "FUNDERS",
             "title": "First half of 2026"}""",
            object(required("periodStart", date()), required("periodEnd", date()),
                    required("audience", oneOf("PARTNERS", "FUNDERS", "BOARD", "COMMUNITY")),
                    required("title", text(200)))),
    DISSEMINATIONS("POST", "/api/partnerships/{id}/disseminations", "title", null, """
            {"channel": "NEWSLETTER", "title": "100 parents in work", "link": "https://abcinfo.org/news/100"}""",
            object(required("channel", oneOf("ANNUAL_REPORT", "NEWSLETTER", "SOCIAL_MEDIA", "PRESS_RELEASE")),
                    required("title", text(200)), required("link", GovernanceShapes.httpsLink()))),
    GRANTS("POST", "/api/partnerships/{id}/grants", "funderName", null, """
            {"funderOrganisationId": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "funderName": "Department of Labor",
             "grantNumber": "HG-33050-19-60-A-36", "periodStart": "2019-01-01", "periodEnd": "2023-12-31"}""",
            object(required("funderOrganisationId", uuid()), required("funderName", text(200)),
                    required("grantNumber", text(100)), required("periodStart", date()),
                    required("periodEnd", date()))),
    // meetings and check-ins
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
                            optional("reviewBy", date()), optional("metricIds", list(uuid(), 0, 20))), 0, 100)),
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
                    required("note", text(10_000)))),
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

    /** JSON of an item the list field refuses by validation, or {@code null} for the text "X". */
    String invalidListItem() {
        return invalidListItem;
    }

    /** Whether the body has a top-level field of typed text (and the hostile texts are tried on it). */
    boolean hasText() {
        return textField != null;
    }

    /** A top-level field that holds text a partner typed, or {@code null} for a body without one. */
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
