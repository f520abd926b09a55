package org.partnerledger.console.command;

import org.partnerledger.console.command.CommandForm.Audience;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.partnerledger.console.command.FieldKind.BOOLEAN;
import static org.partnerledger.console.command.FieldKind.CHOICES;
import static org.partnerledger.console.command.FieldKind.DATE;
import static org.partnerledger.console.command.FieldKind.DATETIME;
import static org.partnerledger.console.command.FieldKind.DECIMAL;
import static org.partnerledger.console.command.FieldKind.INTEGER;
import static org.partnerledger.console.command.FieldKind.ITEM;
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
    private static final int RATING_ROWS = 12;
    private static final int INSTRUMENT_CATEGORIES = 4;
    private static final int INSTRUMENT_ITEMS = 3;
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
            CommandForm.of("reschedule-action", "Reschedule an action", "POST",
                    PARTNERSHIP + "/actions/{actionId}/rescheduling", Audience.PARTNER,
                    required("dueDate", "New due date", DATE),
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("cancel-action", "Cancel an action", "POST",
                    PARTNERSHIP + "/actions/{actionId}/cancellation", Audience.COORDINATOR,
                    required("reason", "Reason", TEXTAREA)),
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
            CommandForm.of("reschedule-meeting", "Reschedule a meeting", "POST",
                    PARTNERSHIP + "/meetings/{meetingId}/rescheduling", Audience.COORDINATOR,
                    required("scheduledAt", "Starts at", DATETIME).hint("In your time zone"),
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("cancel-meeting", "Cancel a meeting", "POST",
                    PARTNERSHIP + "/meetings/{meetingId}/cancellation", Audience.COORDINATOR,
                    required("reason", "Reason", TEXTAREA)),
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
            CommandForm.of("approve-minutes", "Approve the minutes", "POST",
                    PARTNERSHIP + "/meetings/{meetingId}/minutes-approval", Audience.COORDINATOR,
                    required("approvedBy", "Approved by (at least one attendee)", PARTNERS)),
            CommandForm.of("amend-minutes", "Amend the minutes", "POST",
                    PARTNERSHIP + "/meetings/{meetingId}/minutes-amendment", Audience.COORDINATOR,
                    required("amendedBy", "Amended by (an attendee)", PARTNER),
                    required("summary", "Summary as amended", TEXTAREA),
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("correct-minutes", "Correct approved minutes", "POST",
                    PARTNERSHIP + "/meetings/{meetingId}/minutes-correction", Audience.COORDINATOR,
                    required("correctedBy", "Corrected by", PARTNER),
                    required("correction", "Correction", TEXTAREA),
                    required("reason", "Reason", TEXTAREA)),
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
            CommandForm.of("set-revisit-interval", "Set how often the vision is revisited", "PUT",
                    PARTNERSHIP + "/vision/revisit-interval", Audience.COORDINATOR,
                    required("months", "Every so many months (1 to 60)", INTEGER),
                    optional("rationale", "Rationale", TEXTAREA)),
            CommandForm.of("state-purpose", "State the purpose", "PUT", PARTNERSHIP + "/purpose",
                    Audience.COORDINATOR,
                    required("purpose", "Purpose", TEXTAREA)),
            CommandForm.of("admit-partner", "Admit a partner", "POST", PARTNERSHIP + "/partners",
                    Audience.COORDINATOR,
                    required("id", "Short id", TEXT).hint("2 to 40 lowercase letters, digits or dashes"),
                    required("name", "Name", TEXT),
                    choice("sector", "Sector", false, SECTORS)),
            CommandForm.of("withdraw-partner", "Withdraw a partner", "POST", PARTNERSHIP + "/partner-withdrawals",
                    Audience.COORDINATOR,
                    required("partner", "Partner", PARTNER),
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("appoint-coordinator", "Appoint the coordinating partner", "PUT",
                    PARTNERSHIP + "/coordinator", Audience.COORDINATOR,
                    required("coordinator", "Coordinating partner", PARTNER),
                    optional("coordinatorPerson", "Coordinating person (subject id)", TEXT)),
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
            CommandForm.of("review-agreement", "Review an agreement", "POST",
                    PARTNERSHIP + "/agreements/{agreementId}/review", Audience.COORDINATOR,
                    choice("outcome", "Outcome", true, "CONFIRMED", "AMENDED"),
                    required("reviewedOn", "Reviewed on", DATE),
                    required("nextReviewBy", "Next review by", DATE),
                    optional("notes", "Notes", TEXTAREA)),
            CommandForm.of("amend-agreement", "Amend an agreement", "POST",
                    PARTNERSHIP + "/agreements/{agreementId}/amendment", Audience.COORDINATOR,
                    required("summary", "Summary of the amendment", TEXTAREA),
                    required("documentSha256", "SHA-256 of the amended document", TEXT)
                            .hint("64 lowercase hexadecimal characters"),
                    required("signatories", "Signatories (at least two)", PARTNERS),
                    optional("nextReviewBy", "Next review by", DATE)),
            CommandForm.of("terminate-agreement", "Terminate an agreement", "POST",
                    PARTNERSHIP + "/agreements/{agreementId}/termination", Audience.COORDINATOR,
                    required("reason", "Reason", TEXTAREA),
                    required("terminatedOn", "Terminated on", DATE)),
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
            CommandForm.of("set-metric-target", "Set a target for a period", "POST",
                    PARTNERSHIP + "/metrics/{metricId}/targets", Audience.COORDINATOR,
                    required("period", "Period", TEXT).hint("YYYY-MM, YYYY-Qn or YYYY, not yet begun"),
                    required("target", "Target", DECIMAL)),
            CommandForm.of("amend-metric-target", "Amend a period's target", "POST",
                    PARTNERSHIP + "/metrics/{metricId}/target-amendments", Audience.COORDINATOR,
                    required("period", "Period", TEXT).hint("YYYY-MM, YYYY-Qn or YYYY, one that has a target"),
                    required("target", "New target", DECIMAL),
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("delegate-collection", "Delegate a metric's collection", "POST",
                    PARTNERSHIP + "/metrics/{metricId}/collection-delegations", Audience.COORDINATOR,
                    required("partner", "Partner who will collect it", PARTNER)),
            CommandForm.of("retire-metric", "Retire a metric", "POST",
                    PARTNERSHIP + "/metrics/{metricId}/retirement", Audience.COORDINATOR,
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("correct-measurement", "Correct a measurement", "POST",
                    PARTNERSHIP + "/metrics/{metricId}/measurement-corrections", Audience.PARTNER,
                    required("period", "Period", TEXT).hint("The period measured, as YYYY-MM, YYYY-Qn or YYYY"),
                    required("value", "Corrected value", DECIMAL),
                    optional("served", "People served", INTEGER),
                    optional("achieving", "People achieving", INTEGER),
                    required("reason", "Reason", TEXTAREA)),
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
            CommandForm.of("withdraw-consent", "Withdraw a story's consent", "POST",
                    PARTNERSHIP + "/stories/{storyId}/consent-withdrawal", Audience.COORDINATOR,
                    required("reason", "Reason", TEXTAREA)),
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
            CommandForm.of("record-lesson", "Record a lesson", "POST", PARTNERSHIP + "/lessons",
                    Audience.COORDINATOR,
                    choice("kind", "What it says", true, "WORKING", "NOT_WORKING"),
                    required("lesson", "Lesson", TEXTAREA),
                    required("evidence", "Evidence", TEXTAREA),
                    required("adjustment", "Adjustment agreed", TEXTAREA)),
            CommandForm.of("record-asset", "Record what a partner brings", "POST", PARTNERSHIP + "/assets",
                    Audience.PARTNER,
                    required("partner", "Partner", PARTNER),
                    choice("kind", "Kind", true, "PEOPLE", "PLACES", "INSTITUTIONS", "FUNDING", "EXPERTISE"),
                    required("description", "Description", TEXTAREA)),
            CommandForm.of("withdraw-asset", "Withdraw what a partner brings", "POST",
                    PARTNERSHIP + "/assets/{assetId}/withdrawal", Audience.COORDINATOR,
                    required("reason", "Reason", TEXTAREA)),
            CommandForm.of("issue-progress-report", "Issue a progress report", "POST",
                    PARTNERSHIP + "/progress-reports", Audience.COORDINATOR,
                    required("title", "Title", TEXT),
                    required("periodStart", "Period start", DATE),
                    required("periodEnd", "Period end", DATE),
                    choice("audience", "Audience", true, "PARTNERS", "FUNDERS", "BOARD", "COMMUNITY")),
            CommandForm.of("disseminate-success", "Disseminate a success", "POST", PARTNERSHIP + "/disseminations",
                    Audience.COORDINATOR,
                    choice("channel", "Channel", true, "ANNUAL_REPORT", "NEWSLETTER", "SOCIAL_MEDIA", "PRESS_RELEASE"),
                    required("title", "Title", TEXT),
                    required("link", "Link", TEXT).hint("https://...")),
            CommandForm.of("open-review-round", "Open a review round", "POST", PARTNERSHIP + "/review-rounds",
                    Audience.COORDINATOR,
                    required("title", "Title", TEXT),
                    required("closesOn", "Closes on", DATE)),
            CommandForm.of("close-review-round", "Close a review round", "POST",
                    PARTNERSHIP + "/review-rounds/{roundId}/closure", Audience.COORDINATOR,
                    optional("summary", "Summary", TEXTAREA)),
            CommandForm.of("submit-ratings", "Submit review ratings", "POST",
                    PARTNERSHIP + "/review-rounds/{roundId}/ratings", Audience.PARTNER, ratingFields()),
            CommandForm.of("adopt-review-instrument", "Adopt a review instrument", "PUT",
                    PARTNERSHIP + "/review-instrument", Audience.COORDINATOR, instrumentFields()),
            CommandForm.of("grant-auditor-access", "Grant an auditor access", "POST", PARTNERSHIP + "/auditors",
                    Audience.COORDINATOR,
                    required("organisationId", "Auditor organisation id", TEXT).hint("A UUID"),
                    optional("note", "Note", TEXTAREA)),
            CommandForm.of("revoke-auditor-access", "Revoke an auditor's access", "POST",
                    PARTNERSHIP + "/auditors/{organisationId}/revocation", Audience.COORDINATOR,
                    required("organisationId", "Auditor organisation id", ITEM)
                            .hint("The UUID the access was granted to (see the history)"),
                    optional("reason", "Reason", TEXTAREA)),
            CommandForm.of("record-grant", "Record a grant", "POST", PARTNERSHIP + "/grants", Audience.COORDINATOR,
                    required("funderOrganisationId", "Funder organisation id", TEXT).hint("A UUID"),
                    required("funderName", "Funder name", TEXT),
                    required("grantNumber", "Grant number", TEXT),
                    required("periodStart", "Period start", DATE),
                    required("periodEnd", "Period end", DATE)),
            CommandForm.of("conclude-partnership", "Conclude the partnership", "POST", PARTNERSHIP + "/conclusion",
                    Audience.COORDINATOR,
                    required("closingNote", "Closing note", TEXTAREA)
                            .hint("Every later command is refused: the partnership's record is closed")));

    /**
     * A rating per row: api.md's {@code answers} of {@code {itemKey, score, comment}}. The read side lists no item
     * keys (only the instrument's categories), so each is typed; rows left blank are dropped, and a partner with more
     * items than rows submits again (an item once rated is refused, {@code ITEM_ALREADY_RATED}).
     */
    private static FormField[] ratingFields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(required("partner", "Rating for partner", PARTNER).hint("Members rate for their own organisation"));
        for (int row = 0; row < RATING_ROWS; row++) {
            String answer = "answers[" + row + "]";
            String nth = "Answer " + (row + 1);
            FormField itemKey = field(row == 0, answer + ".itemKey", nth + ": item key", TEXT);
            fields.add(row == 0 ? itemKey.hint("The item's key in the round's instrument, e.g. communication-channels")
                    : itemKey);
            FormField score = field(row == 0, answer + ".score", nth + ": score", INTEGER);
            fields.add(row == 0 ? score.hint("1 (not at all) to 5 (fully)") : score);
            fields.add(optional(answer + ".comment", nth + ": comment", TEXT));
        }
        return fields.toArray(FormField[]::new);
    }

    /**
     * api.md's {@code categories} of {@code {key, name, factors: [{key, name, items: [{key, question}]}]}} as rows:
     * a few categories of one factor each with a few items; rows left blank are dropped.
     */
    private static FormField[] instrumentFields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(required("instrumentId", "Instrument id", TEXT).hint("1 to 60 lowercase letters, digits or dashes"));
        fields.add(required("version", "Its version", TEXT).hint("1 to 20 letters, digits, dots or dashes"));
        for (int c = 0; c < INSTRUMENT_CATEGORIES; c++) {
            boolean first = c == 0;
            String category = "categories[" + c + "]";
            String nth = "Category " + (c + 1);
            FormField key = field(first, category + ".key", nth + ": key", TEXT);
            fields.add(first ? key.hint("Keys: 1 to 60 lowercase letters, digits or dashes, all distinct") : key);
            fields.add(field(first, category + ".name", nth + ": name", TEXT));
            fields.add(field(first, category + ".factors[0].key", nth + ", its factor: key", TEXT));
            fields.add(field(first, category + ".factors[0].name", nth + ", its factor: name", TEXT));
            for (int i = 0; i < INSTRUMENT_ITEMS; i++) {
                String item = category + ".factors[0].items[" + i + "]";
                String which = nth + ", item " + (i + 1);
                fields.add(field(first && i == 0, item + ".key", which + ": key", TEXT));
                fields.add(field(first && i == 0, item + ".question", which + ": question", TEXT));
            }
        }
        return fields.toArray(FormField[]::new);
    }

    private static FormField field(boolean required, String name, String label, FieldKind kind) {
        return required ? required(name, label, kind) : optional(name, label, kind);
    }

    /** Every form, in the catalog's order. */
    List<CommandForm> all() {
        return forms;
    }

    public Optional<CommandForm> form(String id) {
        return forms.stream().filter(form -> form.id().equals(id)).findFirst();
    }

    /** The forms a partnership's page links directly: those that need no item picked on the page. */
    public List<CommandForm> partnershipForms(boolean coordinator) {
        return forms.stream()
                .filter(CommandForm::ofPartnership)
                .filter(form -> form.linkedItems().isEmpty())
                .filter(form -> coordinator || form.audience() == Audience.PARTNER)
                .toList();
    }
}
