package org.partnerledger.web.security;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnerledger.web.security.AuditTrail.AuditEntry;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The audit log of this service, newest first: a partnership's for its auditors, the rest for admins. */
@RestController
@Validated
class AuditLogController {

    private final AuditTrail trail;

    AuditLogController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(operationId = "partnershipAuditLog",
            summary = "Denied requests and refused commands naming a partnership")
    @GetMapping(path = "/api/partnerships/{partnershipId}/audit-log", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allow(Standing.AUDITOR)
    List<AuditEntry> partnershipLog(@PathVariable UUID partnershipId,
                                    @RequestParam(required = false) @Min(1) Long before,
                                    @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.entries(partnershipId.toString(), before, limit);
    }

    @Operation(operationId = "auditLog", summary = "Denied requests and refused commands naming no partnership")
    @GetMapping(path = "/api/audit-log", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allow(Standing.ADMIN)
    List<AuditEntry> serviceLog(@RequestParam(required = false) @Min(1) Long before,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.entries(null, before, limit);
    }
}
