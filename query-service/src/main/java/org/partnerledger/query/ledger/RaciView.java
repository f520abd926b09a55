package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The RACI matrix: each area of work and who is responsible, accountable, consulted and informed. */
public record RaciView(UUID partnershipId, long version, Instant asOf, boolean stale, List<Area> areas) {

    /** @param accountable {@code null} until the area's roles are assigned */
    public record Area(String areaId, String name, String description, List<String> responsible, String accountable,
                       List<String> consulted, List<String> informed) {
    }

    static RaciView of(Ledger ledger, Instant asOf, boolean stale) {
        return new RaciView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.raciAreas.entrySet().stream().map(entry -> new Area(entry.getKey(), entry.getValue().name,
                        entry.getValue().description, entry.getValue().responsible, entry.getValue().accountable,
                        entry.getValue().consulted, entry.getValue().informed)).toList());
    }
}
