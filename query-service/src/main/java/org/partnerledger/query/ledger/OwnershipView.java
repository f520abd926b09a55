package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who carries the partnership's work: for each partner, the actions it is responsible and accountable for and the
 * RACI areas it holds, so an uneven load shows (docs/figures.md, "Ownership").
 *
 * @param partners every partner the partnership has admitted (withdrawn ones too, marked not current), then any
 *                 other partner an action or area names, in the order first named
 */
public record OwnershipView(UUID partnershipId, long version, Instant asOf, boolean stale, long unfinishedActions,
                            List<PartnerLoad> partners) {

    /**
     * @param shareOfUnfinished the share of the partnership's unfinished (open or overdue) actions this partner is
     *                          responsible for; {@code null} while there are none
     */
    public record PartnerLoad(String partner, String name, boolean current, Actions responsible,
                              Actions accountable, Double shareOfUnfinished, List<Area> responsibleAreas,
                              List<Area> accountableAreas) {
    }

    /** @param open open and not yet overdue, as the dashboard counts them */
    public record Actions(long open, long overdue, long completed) {
    }

    public record Area(String areaId, String name) {
    }
}
