package org.partnerledger.command.partnership;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.partnerledger.command.eventstore.CommandMetadataProvider;
import org.springframework.stereotype.Component;

/**
 * Sends partnership commands on behalf of an actor and turns Axon's infrastructure refusals into the partnership's
 * typed rejections, so the web layer sees one kind of error.
 */
@Component
class PartnershipCommands {

    /** Until access control lands every command is anonymous; the metadata slot is there from the first event. */
    private static final String ANONYMOUS = "anonymous";

    private final CommandGateway gateway;

    PartnershipCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    <R> R send(Object command, String partnershipId, Long expectedVersion) {
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(MetaData.with(CommandMetadataProvider.ACTOR, ANONYMOUS)));
        } catch (AggregateNotFoundException notFound) {
            throw PartnershipRejection.notFound(partnershipId);
        } catch (ConflictingAggregateVersionException staleVersion) {
            throw PartnershipRejection.versionConflict(expectedVersion == null ? -1 : expectedVersion);
        } catch (ConcurrencyException raced) {
            throw PartnershipRejection.concurrentModification();
        }
    }
}
