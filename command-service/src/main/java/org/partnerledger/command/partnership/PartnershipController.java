package org.partnerledger.command.partnership;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command side of a partnership, as {@code shared/API.md} promises it. Ids are issued here, never by clients. */
@RestController
@RequestMapping(path = "/api/partnerships", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class PartnershipController {

    private static final Pattern QUOTED_VERSION = Pattern.compile("\"?(\\d{1,18})\"?");

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

    @PostMapping
    ResponseEntity<Formed> form(@Valid @RequestBody FormPartnershipRequest request) {
        String partnershipId = UUID.randomUUID().toString();
        commands.send(request.toCommand(partnershipId), partnershipId, null);
        return ResponseEntity.created(URI.create("/api/partnerships/" + partnershipId))
                .body(new Formed(partnershipId, 0));
    }

    @PostMapping("/{partnershipId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionRecorded recordDecision(@PathVariable UUID partnershipId,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody RecordDecisionRequest request) {
        Long expected = expectedVersion(ifMatch);
        CommandResult result = commands.send(
                request.toCommand(partnershipId.toString(), expected, UUID.randomUUID().toString()),
                partnershipId.toString(), expected);
        return new DecisionRecorded(result.id(), result.version());
    }

    @PostMapping("/{partnershipId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    ActionAssigned assignAction(@PathVariable UUID partnershipId,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                @Valid @RequestBody AssignActionRequest request) {
        Long expected = expectedVersion(ifMatch);
        CommandResult result = commands.send(
                request.toCommand(partnershipId.toString(), expected, UUID.randomUUID().toString()),
                partnershipId.toString(), expected);
        return new ActionAssigned(result.id(), result.version());
    }

    @PostMapping("/{partnershipId}/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    ConflictLogged logConflict(@PathVariable UUID partnershipId,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               @Valid @RequestBody LogConflictRequest request) {
        Long expected = expectedVersion(ifMatch);
        CommandResult result = commands.send(
                request.toCommand(partnershipId.toString(), expected, UUID.randomUUID().toString()),
                partnershipId.toString(), expected);
        return new ConflictLogged(result.id(), result.version());
    }

    @PutMapping("/{partnershipId}/vision")
    VisionRevised reviseVision(@PathVariable UUID partnershipId,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               @Valid @RequestBody ReviseVisionRequest request) {
        Long expected = expectedVersion(ifMatch);
        VisionRevision result = commands.send(request.toCommand(partnershipId.toString(), expected),
                partnershipId.toString(), expected);
        return new VisionRevised(result.revision(), result.version());
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        Matcher matcher = QUOTED_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw PartnershipRejection.invalidVersionHeader(ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }
}
