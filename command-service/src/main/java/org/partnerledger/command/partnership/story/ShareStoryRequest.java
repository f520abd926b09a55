package org.partnerledger.command.partnership.story;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

record ShareStoryRequest(@PlainText(max = 200) String title,
                         @PlainText(max = 10_000) String narrative,
                         @PartnerId String partner) implements CommandRequest<ShareStoryCommand> {

    @Override
    public ShareStoryCommand toCommand(CommandContext context) {
        return new ShareStoryCommand(context.partnershipId(), context.expectedVersion(), context.newId(), title,
                narrative, partner);
    }
}
