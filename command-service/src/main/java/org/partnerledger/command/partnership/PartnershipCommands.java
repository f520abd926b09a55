package org.partnerledger.command.partnership;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.partnerledger.command.eventstore.CommandMetadataProvider;
import org.partnerledger.command.idempotency.IdempotencyKey;
import org.partnerledger.command.idempotency.IdempotentCommands;
import org.partnerledger.web.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sends partnership commands on behalf of the caller, answers a repeated Idempotency-Key of the same caller with the
 * outcome first recorded for it (after the HTTP edge has let the caller in again, as the first time), and turns
 * Axon's infrastructure refusals into the partnership's typed rejections, so the web layer sees one kind of error.
 */
@Component
public class PartnershipCommands {

    private final CommandGateway gateway;
    private final IdempotentCommands outcomes;

    PartnershipCommands(CommandGateway gateway, IdempotentCommands outcomes) {
        this.gateway = gateway;
        this.outcomes = outcomes;
    }

    /**
     * Sends the command a request turns into, with the request's context: the one path every command endpoint takes.
     *
     * @param <R> what the command's handler returns
     */
    public <R> R send(CommandContext context, CommandRequest<?> request) {
        return send(request.toCommand(context), context.partnershipId(), context.expectedVersion(),
                context.idempotency(request), callerMetaData(context));
    }

    /** Who asks, in the metadata every event of the command copies and the partnership's own rules consult. */
    private static MetaData callerMetaData(CommandContext context) {
        Caller caller = context.caller();
        return MetaData.with(CommandMetadataProvider.ACTOR, caller.subject())
                .and(CommandMetadataProvider.ACTOR_ROLE, caller.role() == null ? null : caller.role().claim())
                .and(CommandMetadataProvider.ACTOR_ORGANISATION, caller.organisationId())
                .and(CommandMetadataProvider.CORRELATION_ID, context.correlationId());
    }

    /**
     * @param partnershipId   the partnership addressed, for rejections
     * @param expectedVersion the version the client based its command on, or {@code null}
     * @param idempotency     the client's Idempotency-Key, or {@code null}
     */
    private <R> R send(Object command, String partnershipId, Long expectedVersion, IdempotencyKey idempotency,
                       MetaData caller) {
        Optional<R> earlier = recordedOutcome(idempotency);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        MetaData metaData = caller;
        if (idempotency != null) {
            metaData = metaData.mergedWith(idempotency.asMetaData());
        }
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (AggregateNotFoundException notFound) {
            throw PartnershipRejection.notFound(partnershipId);
        } catch (ConflictingAggregateVersionException staleVersion) {
            throw PartnershipRejection.versionConflict(expectedVersion == null ? -1 : expectedVersion);
        } catch (ConcurrencyException raced) {
            throw PartnershipRejection.concurrentModification();
        } catch (DuplicateKeyException sameKeyRaced) {
            return this.<R>recordedOutcome(idempotency).orElseThrow(PartnershipRejection::concurrentModification);
        }
    }

    @SuppressWarnings("unchecked")
    private <R> Optional<R> recordedOutcome(IdempotencyKey idempotency) {
        if (idempotency == null) {
            return Optional.empty();
        }
        return outcomes.find(idempotency.subject(), idempotency.key()).map(recorded -> {
            if (!recorded.requestHash().equals(idempotency.requestHash())) {
                throw PartnershipRejection.idempotencyKeyReused(idempotency.key());
            }
            return (R) recorded.outcome();
        });
    }
}
