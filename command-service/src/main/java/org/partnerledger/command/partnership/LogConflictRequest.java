package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.web.PlainText;

import java.util.List;

record LogConflictRequest(@PlainText(max = 200) String subject,
                          @PlainText(max = 10_000) String description,
                          @NotNull @Size(max = 100) List<@PartnerId String> parties,
                          @NotNull Severity severity) {

    LogConflictCommand toCommand(String partnershipId, Long expectedVersion, String conflictId) {
        return new LogConflictCommand(partnershipId, expectedVersion, conflictId, subject, description,
                List.copyOf(parties), severity);
    }
}
