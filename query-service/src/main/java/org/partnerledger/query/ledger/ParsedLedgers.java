package org.partnerledger.query.ledger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ledgers as they were assembled from their stored rows, each good for the version it was read at and for no other.
 * Parsing is what reading a long partnership costs: the ledger of 10,000 events is 2.7 MB of JSON, 14 ms to parse
 * and 0.1 ms to show ({@code LedgerReadBenchmark}). So whoever holds one of these asks the stored versions (one
 * indexed row each) and parses only the ledgers that have moved on since. Because a version says exactly which
 * events were folded, and the fold is pure, a kept ledger can never be out of date at its version: nothing needs
 * invalidating, whatever a rebuild, another instance or a rolled-back batch did. Bounded by the events the ledgers
 * hold, about 500 bytes of heap each.
 */
final class ParsedLedgers {

    private final Cache<UUID, Ledger> kept;

    ParsedLedgers(long maximumEvents) {
        this.kept = Caffeine.newBuilder().maximumWeight(maximumEvents)
                .weigher((UUID id, Ledger ledger) -> (int) Math.min(Integer.MAX_VALUE, ledger.version + 1)).build();
    }

    /** The ledgers at (at least) these versions: those kept at them, and the others loaded, then kept. */
    Map<UUID, Ledger> at(Map<UUID, Long> versions, Function<Collection<UUID>, Map<UUID, Ledger>> load) {
        Map<UUID, Ledger> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        versions.forEach((id, version) -> {
            Ledger ledger = kept.getIfPresent(id);
            if (ledger != null && ledger.version == version) {
                found.put(id, ledger);
            } else {
                missing.add(id);
            }
        });
        Map<UUID, Ledger> loaded = missing.isEmpty() ? Map.of() : load.apply(missing);
        loaded.values().forEach(this::keep);
        found.putAll(loaded);
        return found;
    }

    private void keep(Ledger ledger) {
        kept.put(UUID.fromString(ledger.partnershipId), ledger);
    }
}
