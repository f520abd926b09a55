package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What each partner brings to the partnership; a withdrawn entry stays, marked. */
public record AssetsView(UUID partnershipId, long version, Instant asOf, boolean stale, List<Asset> assets) {

    /** @param withdrawnAt {@code null} while the partner brings it */
    public record Asset(String assetId, String partner, String kind, String description, Instant recordedAt,
                        boolean withdrawn, Instant withdrawnAt, String withdrawalReason) {
    }

    static AssetsView of(Ledger ledger, Instant asOf, boolean stale) {
        return new AssetsView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.assets.entrySet().stream().map(entry -> new Asset(entry.getKey(), entry.getValue().partner,
                        entry.getValue().kind, entry.getValue().description, entry.getValue().recordedAt,
                        entry.getValue().withdrawnAt != null, entry.getValue().withdrawnAt,
                        entry.getValue().withdrawalReason)).toList());
    }
}
