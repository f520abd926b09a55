package org.partnerledger.command.partnership.vision;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.DistinctPartners;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.PurposeStatedEvent;
import org.partnerledger.events.VisionReaffirmedEvent;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.events.VisionRevisitIntervalSetEvent;

import java.util.Objects;

/**
 * The partnership's purpose and the revisiting of its vision: which revision of the vision is current (to say
 * which one partners reaffirm) and the purpose as last stated (to refuse restating it unchanged).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class VisionUpkeep {

    /** At least monthly would be a meeting, not a revisit; beyond five years the vision outlives most grants. */
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 60;

    private String purpose;
    private int visionRevision;

    public VisionUpkeep() {
        // nothing stated before the partnership is formed
    }

    @CommandHandler
    CommandResult handle(StatePurposeCommand command) {
        if (Objects.equals(purpose, command.purpose())) {
            throw VisionRejection.purposeUnchanged();
        }
        AggregateLifecycle.apply(new PurposeStatedEvent(command.partnershipId(), command.purpose()));
        return result();
    }

    @CommandHandler
    CommandResult handle(ReaffirmVisionCommand command) {
        if (command.participants().isEmpty()) {
            throw VisionRejection.reaffirmationNeedsParticipants();
        }
        DistinctPartners.require(command.participants());
        AggregateLifecycle.apply(new VisionReaffirmedEvent(command.partnershipId(), visionRevision,
                command.participants(), command.note()));
        return result();
    }

    @CommandHandler
    CommandResult handle(SetVisionRevisitIntervalCommand command) {
        if (command.months() < MIN_MONTHS || command.months() > MAX_MONTHS) {
            throw VisionRejection.revisitIntervalOutOfRange(command.months(), MIN_MONTHS, MAX_MONTHS);
        }
        AggregateLifecycle.apply(new VisionRevisitIntervalSetEvent(command.partnershipId(), command.months(),
                command.rationale()));
        return result();
    }

    @EventSourcingHandler
    void on(PartnershipFormedEvent event) {
        purpose = event.purpose();
        visionRevision = 1;
    }

    @EventSourcingHandler
    void on(VisionRevisedEvent event) {
        visionRevision = event.revision();
    }

    @EventSourcingHandler
    void on(PurposeStatedEvent event) {
        purpose = event.purpose();
    }

    private static CommandResult result() {
        return new CommandResult(null, AggregateLifecycle.getVersion());
    }
}
