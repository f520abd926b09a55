package org.partnerledger.command.partnership.action;

import jakarta.validation.constraints.Pattern;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

/** A new responsible partner, a new accountable partner, or both; an absent one stays as it is. */
record ReassignActionRequest(@Pattern(regexp = PARTNER_ID) String responsible,
                             @Pattern(regexp = PARTNER_ID) String accountable,
                             @PlainText(max = 2_000) String reason) implements CommandRequest<ReassignActionCommand> {

    /** As {@code @PartnerId}, which also requires the id to be there. */
    static final String PARTNER_ID = "[a-z0-9-]{2,40}";

    @Override
    public ReassignActionCommand toCommand(CommandContext context) {
        return new ReassignActionCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                responsible,
                accountable, reason);
    }
}
