package org.partnerledger.command.partnership.story;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** Stories of the partnership's impact and the consent under which they may be told. */
@PartnershipCommandEndpoints
class StoryController {

    private final PartnershipCommands commands;

    StoryController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record StoryReceipt(String storyId, long version) {
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/stories")
    @ResponseStatus(HttpStatus.CREATED)
    StoryReceipt shareStory(CommandContext context, @Valid @RequestBody ShareStoryRequest request) {
        CommandResult result = commands.send(context, request);
        return new StoryReceipt(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/stories/{storyId}/consent")
    VersionReceipt recordStoryConsent(CommandContext context, @Valid @RequestBody RecordStoryConsentRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/stories/{storyId}/consent-withdrawal")
    VersionReceipt withdrawStoryConsent(CommandContext context,
            @Valid @RequestBody WithdrawStoryConsentRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
