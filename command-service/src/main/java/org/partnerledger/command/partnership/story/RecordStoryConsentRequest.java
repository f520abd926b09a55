package org.partnerledger.command.partnership.story;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * @param channels where the story may be told; one named twice counts once
 */
record RecordStoryConsentRequest(@NotNull Identification identification,
                                 @NotEmpty @Size(max = 3) List<@NotNull StoryChannel> channels,
                                 @NotNull LocalDate expiresOn,
                                 @NotNull Boolean minor,
                                 @NotNull Boolean guardianConsent,
                                 @NotNull LocalDate reviewedTextOn)
        implements CommandRequest<RecordStoryConsentCommand> {

    @Override
    public RecordStoryConsentCommand toCommand(CommandContext context) {
        return new RecordStoryConsentCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                identification, EnumSet.copyOf(channels), expiresOn, minor, guardianConsent, reviewedTextOn);
    }
}
