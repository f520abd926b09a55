package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.MilestoneCelebratedEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.query.ledger.LedgerItems.Key;
import org.partnerledger.query.ledger.LedgerItems.Kind;
import org.partnerledger.query.ledger.LedgerItems.Tracked;
import org.partnerledger.query.projection.EventEnvelope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

class LedgerItemsTest {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");
    private final String action = UUID.randomUUID().toString();
    private final String metric = UUID.randomUUID().toString();

    @Test
    void anEventNamesEveryItemItCarriesTheIdOf() {
        String milestone = UUID.randomUUID().toString();

        Set<Key> named = LedgerItems.named(List.of(completed(action, 5), envelope(new MilestoneCelebratedEvent(
                PARTNERSHIP, milestone, "Fifty families housed", LocalDate.of(2026, 3, 1), "Fifty", metric, 50.0), 6)));

        assertThat(named).containsExactly(new Key(Kind.ACTIONS, action), new Key(Kind.MILESTONES, milestone),
                new Key(Kind.METRICS, metric));
    }

    @Test
    void givenAPartialLedgerWhenTheFoldReadsAnItemItWasNotGivenThenItIsRefusedRatherThanFoldedWrongly() {
        Tracked partial = LedgerItems.partial(summary(), List.of(), Set.of(new Key(Kind.ACTIONS, action)));
        EventEnvelope unnamed = completed(UUID.randomUUID().toString(), 5);

        assertThatThrownBy(() -> LedgerFold.apply(partial.ledger(), unnamed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not name");
    }

    @Test
    void givenAPartialLedgerWhenItsWholeListIsAskedForThenItIsRefused() {
        Tracked partial = LedgerItems.partial(summary(), List.of(), Set.of());

        assertThatThrownBy(() -> partial.ledger().actions.values()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenAPartialLedgerWhenANamedItemIsNotStoredThenTheFoldFindsNothingAsTheWholeLedgerWould() {
        Tracked partial = LedgerItems.partial(summary(), List.of(), Set.of(new Key(Kind.ACTIONS, action)));

        Tracked folded = LedgerItems.fold(partial, List.of(completed(action, 5)));

        assertThat(folded.rows()).isEmpty();
        assertThat(folded.ledger().version).isEqualTo(5);
    }

    private static String summary() {
        Ledger ledger = Ledger.of(PARTNERSHIP);
        ledger.version = 4;
        ledger.lastEventAt = AT;
        return new Tracked(ledger, Map.of(), Map.of()).summary();
    }

    private static EventEnvelope completed(String actionId, long sequence) {
        return envelope(new ActionCompletedEvent(PARTNERSHIP, actionId, "Done", LocalDate.of(2026, 3, 9)), sequence);
    }

    private static EventEnvelope envelope(PartnershipEvent event, long sequence) {
        return Histories.envelope(event, sequence, AT);
    }
}
