package org.partnerledger.command.partnership.roster;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

/** @param coordinatorPerson the subject id of the person who coordinates for the partner, if it names one */
record AppointCoordinatorRequest(@PartnerId String coordinator,
                                 @PlainText(max = 200, optional = true) String coordinatorPerson)
        implements CommandRequest<AppointCoordinatorCommand> {

    @Override
    public AppointCoordinatorCommand toCommand(CommandContext context) {
        return new AppointCoordinatorCommand(context.partnershipId(), context.expectedVersion(), coordinator,
                coordinatorPerson);
    }
}
