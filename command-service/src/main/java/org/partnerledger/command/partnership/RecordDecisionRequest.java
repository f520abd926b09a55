package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.partnerledger.web.PlainText;

import java.util.List;

record RecordDecisionRequest(@PlainText(max = 200) String title,
                             @PlainText(max = 10_000) String rationale,
                             @NotEmpty @Size(max = 100) List<@PartnerId String> decidedBy) {

    RecordDecisionCommand toCommand(String partnershipId, Long expectedVersion, String decisionId) {
        return new RecordDecisionCommand(partnershipId, expectedVersion, decisionId, title, rationale,
                List.copyOf(decidedBy));
    }
}
