package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** A parsed ledger is used for the version it was parsed at and for no other. */
class ParsedLedgersTest {

    private static final UUID ID = UUID.fromString(PARTNERSHIP);

    private final ParsedLedgers parsed = new ParsedLedgers(10_000);
    private final List<Collection<UUID>> loads = new ArrayList<>();

    @Test
    void givenALedgerKeptAtTheStoredVersionWhenReadAgainThenNothingIsLoaded() {
        Ledger stored = ledger(3);

        Ledger first = parsed.at(Map.of(ID, 3L), ids -> load(ids, stored)).get(ID);
        Ledger second = parsed.at(Map.of(ID, 3L), ids -> load(ids, stored)).get(ID);

        assertThat(second).isSameAs(first);
        assertThat(loads).hasSize(1);
    }

    @Test
    void givenALedgerKeptAtAnEarlierVersionWhenTheStoredOneMovedOnThenTheStoredOneIsLoaded() {
        parsed.at(Map.of(ID, 3L), ids -> load(ids, ledger(3)));
        Ledger moved = ledger(5);

        Ledger read = parsed.at(Map.of(ID, 5L), ids -> load(ids, moved)).get(ID);

        assertThat(read).isSameAs(moved);
        assertThat(loads).containsExactly(List.of(ID), List.of(ID));
    }

    private static Ledger ledger(long version) {
        Ledger ledger = Ledger.of(PARTNERSHIP);
        ledger.version = version;
        return ledger;
    }

    private Map<UUID, Ledger> load(Collection<UUID> ids, Ledger stored) {
        loads.add(List.copyOf(ids));
        return ids.stream().collect(Collectors.toMap(id -> id, id -> stored));
    }
}
