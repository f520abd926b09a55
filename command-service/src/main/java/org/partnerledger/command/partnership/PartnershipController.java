package org.partnerledger.command.partnership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.partnerledger.command.idempotency.IdempotencyKey;
import org.springframework.http.HttpStatus;
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

import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command side of a partnership, as {@code shared/API.md} promises it. Ids are issued here, never by clients;
 * a retried request with the same Idempotency-Key gets the ids and versions of its first success.
 */
@RestController
@RequestMapping(path = "/api/partnerships", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class PartnershipController {

    private static final String IF_MATCH = "If-Match";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern QUOTED_VERSION = Pattern.compile("\"?(\\d{1,18})\"?");
    private static final Pattern PRINTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

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
    ResponseEntity<Formed> form(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                @Valid @RequestBody FormPartnershipRequest request, HttpServletRequest http) {
        String newId = UUID.randomUUID().toString();
        String partnershipId = commands.send(request.toCommand(newId), newId, null,
                idempotency(key, http, null, request));
        return ResponseEntity.created(URI.create("/api/partnerships/" + partnershipId))
                .body(new Formed(partnershipId, 0));
    }

    @PostMapping("/{partnershipId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionRecorded recordDecision(@PathVariable UUID partnershipId,
                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                    @Valid @RequestBody RecordDecisionRequest request, HttpServletRequest http) {
        Long expected = expectedVersion(ifMatch);
        CommandResult result = commands.send(
                request.toCommand(partnershipId.toString(), expected, UUID.randomUUID().toString()),
                partnershipId.toString(), expected, idempotency(key, http, ifMatch, request));
        return new DecisionRecorded(result.id(), result.version());
    }

    @PostMapping("/{partnershipId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    ActionAssigned assignAction(@PathVariable UUID partnershipId,
                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                @Valid @RequestBody AssignActionRequest request, HttpServletRequest http) {
        Long expected = expectedVersion(ifMatch);
        CommandResult result = commands.send(
                request.toCommand(partnershipId.toString(), expected, UUID.randomUUID().toString()),
                partnershipId.toString(), expected, idempotency(key, http, ifMatch, request));
        return new ActionAssigned(result.id(), result.version());
    }

    @PostMapping("/{partnershipId}/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    ConflictLogged logConflict(@PathVariable UUID partnershipId,
                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                               @Valid @RequestBody LogConflictRequest request, HttpServletRequest http) {
        Long expected = expectedVersion(ifMatch);
        CommandResult result = commands.send(
                request.toCommand(partnershipId.toString(), expected, UUID.randomUUID().toString()),
                partnershipId.toString(), expected, idempotency(key, http, ifMatch, request));
        return new ConflictLogged(result.id(), result.version());
    }

    @PutMapping("/{partnershipId}/vision")
    VisionRevised reviseVision(@PathVariable UUID partnershipId,
                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                               @Valid @RequestBody ReviseVisionRequest request, HttpServletRequest http) {
        Long expected = expectedVersion(ifMatch);
        VisionRevision result = commands.send(request.toCommand(partnershipId.toString(), expected),
                partnershipId.toString(), expected, idempotency(key, http, ifMatch, request));
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

    /** Request records print every field, so their text, with method, path and precondition, fingerprints a request. */
    private static IdempotencyKey idempotency(String key, HttpServletRequest http, String ifMatch, Record request) {
        if (key == null) {
            return null;
        }
        if (!PRINTABLE_KEY.matcher(key).matches()) {
            throw PartnershipRejection.invalidIdempotencyKey();
        }
        return IdempotencyKey.of(key, http.getMethod() + " " + http.getRequestURI() + " " + ifMatch + " " + request);
    }
}
