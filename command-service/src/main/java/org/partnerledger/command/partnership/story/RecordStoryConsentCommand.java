package org.partnerledger.command.partnership.story;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.Set;

record RecordStoryConsentCommand(@TargetAggregateIdentifier String partnershipId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 String storyId, Identification identification, Set<StoryChannel> channels,
                                 LocalDate expiresOn, boolean minor, boolean guardianConsent,
                                 LocalDate reviewedTextOn) {
}
