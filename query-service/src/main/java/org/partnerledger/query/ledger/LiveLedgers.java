package org.partnerledger.query.ledger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The live ledgers as reads see them: the stored version asked every time, the stored JSON parsed only when the
 * ledger has moved on since it was last parsed. Reads never change a ledger they are given.
 */
@Component
class LiveLedgers {

    private final LedgerRepository stored;
    private final ParsedLedgers parsed;

    LiveLedgers(LedgerRepository stored, @Value("${partnerledger.ledger.kept-events:50000}") long keptEvents) {
        this.stored = stored;
        this.parsed = new ParsedLedgers(keptEvents);
    }

    /** The version the live ledger is at, or empty for a partnership not (yet) known here. */
    Optional<Long> version(UUID partnershipId) {
        return stored.version(partnershipId);
    }

    Optional<Ledger> find(UUID partnershipId) {
        return stored.version(partnershipId).flatMap(version -> at(partnershipId, version));
    }

    /** The ledger at (at least) a version just read. */
    Optional<Ledger> at(UUID partnershipId, long version) {
        return Optional.ofNullable(parsed.at(Map.of(partnershipId, version), stored::load).get(partnershipId));
    }

    /** The ledgers at (at least) these versions, in the order given. */
    List<Ledger> at(LinkedHashMap<UUID, Long> versions) {
        Map<UUID, Ledger> found = parsed.at(versions, stored::load);
        return versions.keySet().stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
