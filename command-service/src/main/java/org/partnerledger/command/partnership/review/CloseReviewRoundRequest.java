package org.partnerledger.command.partnership.review;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.metric.ItemRequest;
import org.partnerledger.web.PlainText;

/**
 * @param summary what the partners took from the round, if they wrote it down
 */
record CloseReviewRoundRequest(@PlainText(max = 10_000, optional = true) String summary)
        implements ItemRequest<CloseReviewRoundCommand> {

    @Override
    public CloseReviewRoundCommand toCommand(CommandContext context, String roundId) {
        return new CloseReviewRoundCommand(context.partnershipId(), context.expectedVersion(), roundId, summary);
    }
}
