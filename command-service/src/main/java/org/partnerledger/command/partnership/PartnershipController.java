package org.partnerledger.command.partnership;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.net.URI;

import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/**
 * Forming a partnership and the first practices it records, as {@code docs/api.md} promises them. Ids are issued
 * by the server, never by clients; a retried request with the same Idempotency-Key gets the ids and versions of its
 * first success.
 */
@PartnershipCommandEndpoints
class PartnershipController {

    private final PartnershipCommands commands;

    PartnershipController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record Formed(String partnershipId, long version) {
    }

    record DecisionRecorded(String decisionId, long version) {
    }

    record ActionAssigned(String actionId, long version) {
    }

    record ConflictLogged(String conflictId, long version) {
    }

    record VisionRevised(int revision, long version) {
    }

    @Allow(COORDINATOR)
    @PostMapping
    @Operation(summary = "Form a partnership")
    ResponseEntity<Formed> form(CommandContext context, @Valid @RequestBody FormPartnershipRequest request) {
        String partnershipId = commands.send(context, request);
        return ResponseEntity.created(URI.create("/api/partnerships/" + partnershipId))
                .body(new Formed(partnershipId, 0));
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionRecorded recordDecision(CommandContext context, @Valid @RequestBody RecordDecisionRequest request) {
        CommandResult result = commands.send(context, request);
        return new DecisionRecorded(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    ActionAssigned assignAction(CommandContext context, @Valid @RequestBody AssignActionRequest request) {
        CommandResult result = commands.send(context, request);
        return new ActionAssigned(result.id(), result.version());
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    ConflictLogged logConflict(CommandContext context, @Valid @RequestBody LogConflictRequest request) {
        CommandResult result = commands.send(context, request);
        return new ConflictLogged(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/vision")
    VisionRevised reviseVision(CommandContext context, @Valid @RequestBody ReviseVisionRequest request) {
        VisionRevision result = commands.send(context, request);
        return new VisionRevised(result.revision(), result.version());
    }
}
