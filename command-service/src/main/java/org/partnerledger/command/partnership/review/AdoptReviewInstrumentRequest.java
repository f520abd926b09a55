package org.partnerledger.command.partnership.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.review.InstrumentBody.CategoryBody;

import java.util.List;

record AdoptReviewInstrumentRequest(@NotNull @Pattern(regexp = InstrumentBody.KEY) String instrumentId,
                                    @NotNull @Pattern(regexp = "[A-Za-z0-9.-]{1,20}") String version,
                                    @NotEmpty @Size(max = 20) List<@NotNull @Valid CategoryBody> categories)
        implements CommandRequest<AdoptReviewInstrumentCommand> {

    @Override
    public AdoptReviewInstrumentCommand toCommand(CommandContext context) {
        return new AdoptReviewInstrumentCommand(context.partnershipId(), context.expectedVersion(), instrumentId,
                version, categories.stream().map(CategoryBody::toCategory).toList());
    }
}
