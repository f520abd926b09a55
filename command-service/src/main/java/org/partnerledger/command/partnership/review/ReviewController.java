package org.partnerledger.command.partnership.review;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** The partnership's review instrument and its review rounds. */
@PartnershipCommandEndpoints
class ReviewController {

    private final PartnershipCommands commands;

    ReviewController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record ReviewRoundReceipt(String roundId, long version) {
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/review-instrument")
    VersionReceipt adoptReviewInstrument(CommandContext context,
            @Valid @RequestBody AdoptReviewInstrumentRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/review-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewRoundReceipt openReviewRound(CommandContext context, @Valid @RequestBody OpenReviewRoundRequest request) {
        CommandResult result = commands.send(context, request);
        return new ReviewRoundReceipt(result.id(), result.version());
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/review-rounds/{roundId}/ratings")
    VersionReceipt rateReviewItems(CommandContext context, @Valid @RequestBody SubmitReviewRatingsRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/review-rounds/{roundId}/closure")
    VersionReceipt closeReviewRound(CommandContext context, @Valid @RequestBody CloseReviewRoundRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
