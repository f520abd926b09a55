package org.partnerledger.console.command;

import org.partnerledger.console.command.CommandForm.Audience;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.partnerledger.console.command.FieldKind.BOOLEAN;
import static org.partnerledger.console.command.FieldKind.CHOICES;
import static org.partnerledger.console.command.FieldKind.DATE;
import static org.partnerledger.console.command.FieldKind.DATETIME;
import static org.partnerledger.console.command.FieldKind.DECIMAL;
import static org.partnerledger.console.command.FieldKind.INTEGER;
import static org.partnerledger.console.command.FieldKind.LINES;
import static org.partnerledger.console.command.FieldKind.PARTNER;
import static org.partnerledger.console.command.FieldKind.PARTNERS;
import static org.partnerledger.console.command.FieldKind.TEXT;
import static org.partnerledger.console.command.FieldKind.TEXTAREA;
import static org.partnerledger.console.command.FormField.choice;
import static org.partnerledger.console.command.FormField.optional;
import static org.partnerledger.console.command.FormField.required;

/**
 * The commands the console offers, each described once as data: the one mechanism of {@link CommandController}
 * shows, sends and explains them all. Paths and fields are api.md's; who may issue each is its "Access".
 */
@Component
public class CommandCatalog {

    private static final String PARTNERSHIP = "/api/partnerships/{partnershipId}";
    private static final String[] SECTORS = {"COMMUNITY_BASED", "FAITH_BASED", "PRIVATE", "PUBLIC", "EDUCATIONAL"};

    private final List<CommandForm> forms = List.of(
            CommandForm.of("form-partnership", "Form a partnership", "POST", "/api/partnerships",
                    Audience.COORDINATOR,
                    required("name", "Name", TEXT),
                    optional("purpose", "Purpose", TEXTAREA),
                    required("vision.statement", "Vision statement", TEXTAREA),
                    required("vision.goals", "Goals", LINES).hint("One goal per line"),
                    required("partners[0].id", "Your organisation's short id", TEXT)
                            .hint("2 to 40 lowercase letters, digits or dashes, e.g. abc"),
                    required("partners[0].name", "Your organisation's name", TEXT),
                    choice("partners[0].sector", "Its sector", false, SECTORS),
                    optional("partners[1].id", "Second partner's short id", TEXT),
                    optional("partners[1].name", "Second partner's name", TEXT),
                    choice("partners[1].sector", "Its sector", false, SECTORS),
                    optional("partners[2].id", "Third partner's short id", TEXT),
                    optional("partners[2].name", "Third partner's name", TEXT),
                    choice("partners[2].sector", "Its sector", false, SECTORS),
                    required("coordinator", "Coordinating partner (short id, your organisation)", TEXT)),
            CommandForm.of("record-decision", "Record a decision", "POST", PARTNERSHIP + "/decisions",
                    Audience.PARTNER,
                    required("title", "Title", TEXT),
                    required("rationale", "Rationale", TEXTAREA),
                    required("decidedBy", "Decided by", PARTNERS),
                    optional("reviewBy", "Review by", DATE)),
            CommandForm.of("assign-action", "Assign an action", "POST", PARTNERSHIP + "/actions",
                    Audience.COORDINATOR,
                    required("title", "Title", TEXT),
                    required("responsible", "Responsible", PARTNER),
                    required("accountable", "Accountable", PARTNER),
                    optional("consulted", "Consulted", PARTNERS),
                    optional("informed", "Informed", PARTNERS),
                    required("dueDate", "Due date", DATE)),
            CommandForm.of("complete-action", "Complete an action", "POST",
                    PARTNERSHIP + "/actions/{actionId}/completion", Audience.PARTNER,
                    required("outcome", "Outcome", TEXTAREA),
                    required("completedOn", "Completed on", DATE)),
            CommandForm.of("schedule-meeting", "Schedule a meeting", "POST", PARTNERSHIP + "/meetings",
                    Audience.COORDINATOR,
                    required("title", "Title", TEXT),
                    required("scheduledAt", "Starts at", DATETIME).hint("In your time zone"),
                    required("agenda[0].topic", "First agenda item: topic", TEXT),
                    required("agenda[0].objective", "Its objective", TEXT),
                    required("agenda[0].timeBoxMinutes", "Its minutes", INTEGER),
                    optional("agenda[1].topic", "Second agenda item: topic", TEXT),
                    optional("agenda[1].objective", "Its objective", TEXT),
                    optional("agenda[1].timeBoxMinutes", "Its minutes", INTEGER)),
            CommandForm.of("record-minutes", "Record minutes, decisions and actions", "POST",
                    PARTNERSHIP + "/meetings/{meetingId}/minutes", Audience.COORDINATOR,
                    required("attendees", "Attendees", PARTNERS),
                    required("summary", "Summary", TEXTAREA),
                    optional("decisions[0].title", "Decision: title", TEXT),
                    optional("decisions[0].rationale", "Decision: rationale", TEXTAREA),
                    optional("decisions[0].decidedBy", "Decision: decided by", PARTNERS),
                    optional("decisions[1].title", "Second decision: title", TEXT),
                    optional("decisions[1].rationale", "Second decision: rationale", TEXTAREA),
                    optional("decisions[1].decidedBy", "Second decision: decided by", PARTNERS),
                    optional("actions[0].title", "Action: title", TEXT),
                    optional("actions[0].responsible", "Action: responsible", PARTNER),
                    optional("actions[0].accountable", "Action: accountable", PARTNER),
                    optional("actions[0].dueDate", "Action: due date", DATE),
                    optional("actions[0].decision", "Action: carries out decision number", INTEGER)
                            .hint("0 for the first decision above, 1 for the second; blank for none"),
                    optional("actions[1].title", "Second action: title", TEXT),
                    optional("actions[1].responsible", "Second action: responsible", PARTNER),
                    optional("actions[1].accountable", "Second action: accountable", PARTNER),
                    optional("actions[1].dueDate", "Second action: due date", DATE)),
            CommandForm.of("log-conflict", "Log a conflict", "POST", PARTNERSHIP + "/conflicts", Audience.PARTNER,
                    required("subject", "Subject", TEXT),
                    required("description", "Description", TEXTAREA),
                    required("parties", "Parties (at least two)", PARTNERS),
                    choice("severity", "Severity", true, "LOW", "MEDIUM", "HIGH")),
            CommandForm.of("escalate-conflict", "Escalate a conflict", "POST",
                    PARTNERSHIP + "/conflicts/{conflictId}/escalation", Audience.COORDINATOR,
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("resolve-conflict", "Resolve a conflict", "POST",
                    PARTNERSHIP + "/conflicts/{conflictId}/resolution", Audience.COORDINATOR,
                    required("resolution", "Resolution", TEXTAREA),
                    required("agreedBy", "Agreed by", PARTNERS),
                    optional("decision.title", "Record it as a decision: title", TEXT),
                    optional("decision.rationale", "The decision's rationale", TEXTAREA)),
            CommandForm.of("agree-conflict-ladder", "Agree the conflict ladder", "PUT",
                    PARTNERSHIP + "/conflict-ladder", Audience.COORDINATOR,
                    required("steps", "Steps, lowest first", LINES).hint("One step per line, 2 to 10"),
                    required("rationale", "Rationale", TEXTAREA)),
            CommandForm.of("revise-vision", "Revise the vision", "PUT", PARTNERSHIP + "/vision",
                    Audience.COORDINATOR,
                    required("statement", "Statement", TEXTAREA),
                    required("goals", "Goals", LINES).hint("One goal per line"),
                    required("rationale", "Rationale", TEXTAREA)),
            CommandForm.of("reaffirm-vision", "Revisit the vision without change", "POST",
                    PARTNERSHIP + "/vision/reaffirmation", Audience.COORDINATOR,
                    required("participants", "Participants", PARTNERS),
                    optional("note", "Note", TEXTAREA)),
            CommandForm.of("set-cadence", "Set the meeting cadence", "PUT", PARTNERSHIP + "/meeting-cadence",
                    Audience.COORDINATOR,
                    choice("cadence", "Cadence", true, "WEEKLY", "BIWEEKLY", "MONTHLY", "QUARTERLY")),
            CommandForm.of("define-raci-area", "Define a RACI area", "POST", PARTNERSHIP + "/raci-areas",
                    Audience.COORDINATOR,
                    required("name", "Name", TEXT),
                    required("description", "Description", TEXTAREA)),
            CommandForm.of("assign-raci-roles", "Assign the area's roles", "PUT",
                    PARTNERSHIP + "/raci-areas/{areaId}/roles", Audience.COORDINATOR,
                    required("responsible", "Responsible", PARTNERS),
                    required("accountable", "Accountable", PARTNER),
                    optional("consulted", "Consulted", PARTNERS),
                    optional("informed", "Informed", PARTNERS),
                    optional("rationale", "Rationale", TEXTAREA)),
            CommandForm.of("sign-agreement", "Sign an agreement", "POST", PARTNERSHIP + "/agreements",
                    Audience.COORDINATOR,
                    choice("kind", "Kind", true, "MOU", "PARTNERSHIP_AGREEMENT"),
                    required("title", "Title", TEXT),
                    required("signatories", "Signatories (at least two)", PARTNERS),
                    required("effectiveOn", "Effective on", DATE),
                    required("reviewBy", "Review by", DATE),
                    required("documentSha256", "SHA-256 of the signed document", TEXT)
                            .hint("64 lowercase hexadecimal characters"),
                    required("rolesClause", "Roles clause", TEXTAREA),
                    required("disputeResolutionClause", "Dispute resolution clause", TEXTAREA)),
            CommandForm.of("propose-metric", "Propose a shared metric", "POST", PARTNERSHIP + "/metrics",
                    Audience.COORDINATOR,
                    required("name", "Name", TEXT),
                    required("definition", "Definition", TEXTAREA),
                    choice("unit", "Unit", true, "INDIVIDUALS", "HOUSEHOLDS", "PERCENT", "DOLLARS", "COUNT"),
                    required("baseline", "Baseline", DECIMAL),
                    required("target", "Target", DECIMAL),
                    required("targetDate", "Target date", DATE),
                    choice("direction", "Better when it goes", true, "UP", "DOWN"),
                    required("ownerPartner", "Owner", PARTNER),
                    required("collectionMethod", "Collection method", TEXTAREA),
                    choice("frequency", "Frequency", true, "MONTHLY", "QUARTERLY", "YEARLY"),
                    choice("measureKind", "Kind", true, "HOW_MUCH", "HOW_WELL", "BETTER_OFF")),
            CommandForm.of("endorse-metric", "Endorse a metric", "POST",
                    PARTNERSHIP + "/metrics/{metricId}/endorsements", Audience.PARTNER,
                    required("partner", "Endorsing partner", PARTNER)),
            CommandForm.of("record-measurement", "Record a measurement", "POST",
                    PARTNERSHIP + "/metrics/{metricId}/measurements", Audience.PARTNER,
                    required("period", "Period", TEXT).hint("YYYY-MM, YYYY-Qn or YYYY, as the metric's frequency"),
                    required("value", "Value", DECIMAL),
                    optional("served", "People served", INTEGER),
                    optional("achieving", "People achieving", INTEGER),
                    required("recordedBy", "Recorded by", PARTNER)),
            CommandForm.of("share-story", "Share a story", "POST", PARTNERSHIP + "/stories", Audience.PARTNER,
                    required("title", "Title", TEXT),
                    required("narrative", "Narrative", TEXTAREA),
                    required("partner", "From partner", PARTNER)),
            CommandForm.of("record-consent", "Record a story's consent", "POST",
                    PARTNERSHIP + "/stories/{storyId}/consent", Audience.COORDINATOR,
                    choice("identification", "Identification", true, "NAMED", "FIRST_NAME", "ANONYMOUS"),
                    new FormField("channels", "Channels", CHOICES, true,
                            List.of("FUNDER_VIEW", "PUBLIC_REPORT", "SOCIAL_MEDIA"), ""),
                    required("expiresOn", "Expires on", DATE),
                    optional("minor", "The person is a minor", BOOLEAN),
                    optional("guardianConsent", "A guardian consented", BOOLEAN),
                    required("reviewedTextOn", "Text reviewed on", DATE)),
            CommandForm.of("celebrate-milestone", "Celebrate a milestone", "POST", PARTNERSHIP + "/milestones",
                    Audience.COORDINATOR,
                    required("title", "Title", TEXT),
                    required("achievedOn", "Achieved on", DATE),
                    required("achievement", "Achievement", TEXTAREA)),
            CommandForm.of("record-check-in", "Record a check-in", "POST", PARTNERSHIP + "/check-ins",
                    Audience.PARTNER,
                    required("partners", "Partners (at least two)", PARTNERS),
                    required("occurredOn", "On", DATE),
                    choice("channel", "Channel", true, "IN_PERSON", "PHONE", "VIDEO", "EMAIL", "MESSAGE"),
                    required("note", "Note", TEXTAREA)),
            CommandForm.of("open-review-round", "Open a review round", "POST", PARTNERSHIP + "/review-rounds",
                    Audience.COORDINATOR,
                    required("title", "Title", TEXT),
                    required("closesOn", "Closes on", DATE)),
            CommandForm.of("grant-auditor-access", "Grant an auditor access", "POST", PARTNERSHIP + "/auditors",
                    Audience.COORDINATOR,
                    required("organisationId", "Auditor organisation id", TEXT).hint("A UUID"),
                    optional("note", "Note", TEXTAREA)),
            CommandForm.of("record-grant", "Record a grant", "POST", PARTNERSHIP + "/grants", Audience.COORDINATOR,
                    required("funderOrganisationId", "Funder organisation id", TEXT).hint("A UUID"),
                    required("funderName", "Funder name", TEXT),
                    required("grantNumber", "Grant number", TEXT),
                    required("periodStart", "Period start", DATE),
                    required("periodEnd", "Period end", DATE)));

    public Optional<CommandForm> form(String id) {
        return forms.stream().filter(form -> form.id().equals(id)).findFirst();
    }

    /** The forms a partnership's page links directly: those that need no item picked on the page. */
    public List<CommandForm> partnershipForms(boolean coordinator) {
        return forms.stream()
                .filter(CommandForm::ofPartnership)
                .filter(form -> form.itemVariables().isEmpty())
                .filter(form -> coordinator || form.audience() == Audience.PARTNER)
                .toList();
    }
}
