package org.partnerledger.command.partnership.engagement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

record RecordPartnerAssetRequest(@PartnerId String partner,
                                 @NotNull AssetKind kind,
                                 @PlainText(max = 2000) String description)
        implements CommandRequest<RecordPartnerAssetCommand> {

    @Override
    public RecordPartnerAssetCommand toCommand(CommandContext context) {
        return new RecordPartnerAssetCommand(context.partnershipId(), context.expectedVersion(), context.newId(),
                partner, kind, description);
    }
}
