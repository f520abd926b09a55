package org.partnerledger.command.partnership.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.events.ReviewAnswer;
import org.partnerledger.web.PlainText;

import java.util.List;

record SubmitReviewRatingsRequest(@PartnerId String partner,
                                  @NotEmpty @Size(max = 100) List<@NotNull @Valid AnswerBody> answers)
        implements CommandRequest<SubmitReviewRatingsCommand> {

    record AnswerBody(@NotNull @Pattern(regexp = InstrumentBody.KEY) String itemKey,
                      @NotNull @Min(1) @Max(5) Integer score,
                      @PlainText(max = 2000, optional = true) String comment) {
    }

    @Override
    public SubmitReviewRatingsCommand toCommand(CommandContext context) {
        return new SubmitReviewRatingsCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                partner,
                answers.stream().map(answer -> new ReviewAnswer(answer.itemKey(), answer.score(), answer.comment()))
                        .toList());
    }
}
