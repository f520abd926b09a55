package org.partnerledger.command.partnership.review;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.ReviewAnswer;
import org.partnerledger.events.ReviewCategory;
import org.partnerledger.events.ReviewFactor;
import org.partnerledger.events.ReviewInstrumentAdoptedEvent;
import org.partnerledger.events.ReviewItem;
import org.partnerledger.events.ReviewRatingsSubmittedEvent;
import org.partnerledger.events.ReviewRoundClosedEvent;
import org.partnerledger.events.ReviewRoundOpenedEvent;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The partnership's reviews of itself (the guide's "Continuous Evaluation and Adaptation"): the instrument it uses,
 * which is data and versioned, and its review rounds. A round keeps the items of the instrument it opened with, so
 * adopting another instrument changes only the rounds opened after.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Reviews {

    private String partnershipId;
    private String instrumentId = DefaultInstrument.ID;
    private String instrumentVersion = DefaultInstrument.VERSION;
    private final Set<String> itemKeys = new HashSet<>(itemKeys(DefaultInstrument.CATEGORIES));
    private final Map<String, ReviewRound> rounds = new HashMap<>();

    public Reviews() {
        // for the partnership and its snapshots
    }

    @CommandHandler
    CommandResult handle(AdoptReviewInstrumentCommand command) {
        if (instrumentId.equals(command.instrumentId()) && instrumentVersion.equals(command.version())) {
            throw ReviewRejection.instrumentInUse(command.instrumentId(), command.version());
        }
        requireDistinctKeys(command.categories());
        apply(new ReviewInstrumentAdoptedEvent(partnershipId, command.instrumentId(), command.version(),
                command.categories()));
        return result(null);
    }

    @CommandHandler
    CommandResult handle(OpenReviewRoundCommand command, Clock clock) {
        Deadlines.requireAhead(command.closesOn(), clock);
        apply(new ReviewRoundOpenedEvent(partnershipId, command.roundId(), command.title(), command.closesOn(),
                instrumentId, instrumentVersion));
        return result(command.roundId());
    }

    @CommandHandler
    CommandResult handle(SubmitReviewRatingsCommand command) {
        ReviewRound round = open(command.roundId());
        List<String> keys = command.answers().stream().map(ReviewAnswer::itemKey).toList();
        List<String> unknown = keys.stream().filter(key -> !round.itemKeys.contains(key)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ReviewRejection.itemUnknown(unknown);
        }
        List<String> ratedTwice = Stream.concat(repeated(keys).stream(), keys.stream()
                .filter(key -> round.rated.contains(ReviewRound.rating(command.partner(), key))))
                .distinct().sorted().toList();
        if (!ratedTwice.isEmpty()) {
            throw ReviewRejection.itemAlreadyRated(ratedTwice);
        }
        apply(new ReviewRatingsSubmittedEvent(partnershipId, command.roundId(), command.partner(),
                command.answers()));
        return result(command.roundId());
    }

    @CommandHandler
    CommandResult handle(CloseReviewRoundCommand command) {
        open(command.roundId());
        apply(new ReviewRoundClosedEvent(partnershipId, command.roundId(), command.summary()));
        return result(command.roundId());
    }

    @EventSourcingHandler
    void on(PartnershipFormedEvent event) {
        partnershipId = event.partnershipId();
    }

    @EventSourcingHandler
    void on(ReviewInstrumentAdoptedEvent event) {
        instrumentId = event.instrumentId();
        instrumentVersion = event.version();
        itemKeys.clear();
        itemKeys.addAll(itemKeys(event.categories()));
    }

    @EventSourcingHandler
    void on(ReviewRoundOpenedEvent event) {
        rounds.put(event.roundId(), new ReviewRound(itemKeys));
    }

    @EventSourcingHandler
    void on(ReviewRatingsSubmittedEvent event) {
        event.answers().forEach(answer ->
                rounds.computeIfPresent(event.roundId(), (id, round) -> {
                    round.rated.add(ReviewRound.rating(event.partner(), answer.itemKey()));
                    return round;
                }));
    }

    @EventSourcingHandler
    void on(ReviewRoundClosedEvent event) {
        rounds.computeIfPresent(event.roundId(), (id, round) -> {
            round.close();
            return round;
        });
    }

    private ReviewRound open(String roundId) {
        ReviewRound round = rounds.get(roundId);
        if (round == null) {
            throw ReviewRejection.roundNotFound(roundId);
        }
        if (round.closed) {
            throw ReviewRejection.roundClosed(roundId);
        }
        return round;
    }

    private static void requireDistinctKeys(List<ReviewCategory> categories) {
        List<String> keys = Stream.concat(Stream.concat(
                        categories.stream().map(ReviewCategory::key),
                        factors(categories).map(ReviewFactor::key)),
                factors(categories).flatMap(factor -> factor.items().stream()).map(ReviewItem::key)).toList();
        List<String> repeated = repeated(keys);
        if (!repeated.isEmpty()) {
            throw ReviewRejection.keysDuplicated(repeated);
        }
    }

    private static Set<String> itemKeys(List<ReviewCategory> categories) {
        return factors(categories).flatMap(factor -> factor.items().stream()).map(ReviewItem::key)
                .collect(Collectors.toSet());
    }

    private static Stream<ReviewFactor> factors(List<ReviewCategory> categories) {
        return categories.stream().flatMap(category -> category.factors().stream());
    }

    private static List<String> repeated(List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    private static CommandResult result(String id) {
        return new CommandResult(id, AggregateLifecycle.getVersion());
    }
}
