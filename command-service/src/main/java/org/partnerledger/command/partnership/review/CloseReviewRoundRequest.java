package org.partnerledger.command.partnership.review;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

/**
 * @param summary what the partners took from the round, if they wrote it down
 */
record CloseReviewRoundRequest(@PlainText(max = 10_000, optional = true) String summary)
        implements CommandRequest<CloseReviewRoundCommand> {

    @Override
    public CloseReviewRoundCommand toCommand(CommandContext context) {
        return new CloseReviewRoundCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                summary);
    }
}
