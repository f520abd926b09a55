package org.partnerledger.command.partnership.story;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The partnership's stories (the guide's "Tell the Story") and the state of their consent: what the rules need to
 * take, or refuse, a consent or its withdrawal. Whether a story may be told where is the {@link Consent} rule.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Stories {

    /** A day has come once it has come anywhere: a text reviewed "today" in Kiribati is not in the future. */
    private static final ZoneOffset FIRST_ZONE_ON_EARTH = ZoneOffset.ofHours(14);

    private String partnershipId;
    private final Map<String, ConsentState> consentByStory = new HashMap<>();

    /** Where the consent of a story stands; a withdrawn consent is final. */
    enum ConsentState {
        NONE, RECORDED, WITHDRAWN
    }

    public Stories() {
        // for the partnership and its snapshots
    }

    @CommandHandler
    CommandResult handle(ShareStoryCommand command) {
        apply(new StorySharedEvent(partnershipId, command.storyId(), command.title(), command.narrative(),
                command.partner()));
        return result(command.storyId());
    }

    @CommandHandler
    CommandResult handle(RecordStoryConsentCommand command, Clock clock) {
        if (consentOf(command.storyId()) == ConsentState.WITHDRAWN) {
            throw StoryRejection.consentWithdrawn(command.storyId());
        }
        if (command.minor() && !command.guardianConsent()) {
            throw StoryRejection.guardianConsentRequired();
        }
        if (command.channels().isEmpty()) {
            throw StoryRejection.consentChannelRequired();
        }
        requireDates(command.expiresOn(), command.reviewedTextOn(), clock);
        apply(new StoryConsentRecordedEvent(partnershipId, command.storyId(), command.identification().name(),
                command.channels().stream().sorted().map(StoryChannel::name).toList(), command.expiresOn(),
                command.minor(), command.guardianConsent(), command.reviewedTextOn()));
        return result(command.storyId());
    }

    @CommandHandler
    CommandResult handle(WithdrawStoryConsentCommand command) {
        switch (consentOf(command.storyId())) {
            case NONE -> throw StoryRejection.consentMissing(command.storyId());
            case WITHDRAWN -> throw StoryRejection.consentWithdrawn(command.storyId());
            case RECORDED -> apply(new StoryConsentWithdrawnEvent(partnershipId, command.storyId(),
                    command.reason()));
        }
        return result(command.storyId());
    }

    @EventSourcingHandler
    void on(PartnershipFormedEvent event) {
        partnershipId = event.partnershipId();
    }

    @EventSourcingHandler
    void on(StorySharedEvent event) {
        consentByStory.put(event.storyId(), ConsentState.NONE);
    }

    @EventSourcingHandler
    void on(StoryConsentRecordedEvent event) {
        consentByStory.put(event.storyId(), ConsentState.RECORDED);
    }

    @EventSourcingHandler
    void on(StoryConsentWithdrawnEvent event) {
        consentByStory.put(event.storyId(), ConsentState.WITHDRAWN);
    }

    private ConsentState consentOf(String storyId) {
        ConsentState state = consentByStory.get(storyId);
        if (state == null) {
            throw StoryRejection.storyNotFound(storyId);
        }
        return state;
    }

    /** A consent must hold at least today, and the person can only have reviewed the text by today. */
    private static void requireDates(LocalDate expiresOn, LocalDate reviewedTextOn, Clock clock) {
        LocalDate today = Deadlines.today(clock);
        if (!today.isBefore(expiresOn)) {
            throw StoryRejection.consentExpiryNotAhead(expiresOn);
        }
        Deadlines.requireWithinReach(expiresOn, clock);
        if (reviewedTextOn.isAfter(LocalDate.now(clock.withZone(FIRST_ZONE_ON_EARTH)))) {
            throw StoryRejection.textReviewInFuture(reviewedTextOn);
        }
    }

    private static CommandResult result(String id) {
        return new CommandResult(id, AggregateLifecycle.getVersion());
    }
}
