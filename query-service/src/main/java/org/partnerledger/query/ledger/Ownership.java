package org.partnerledger.query.ledger;

import org.partnerledger.query.ledger.Ledger.ActionEntry;
import org.partnerledger.query.ledger.OwnershipView.Actions;
import org.partnerledger.query.ledger.OwnershipView.Area;
import org.partnerledger.query.ledger.OwnershipView.PartnerLoad;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The load each partner carries, from a {@link Ledger} and the instant asked about (docs/figures.md). */
final class Ownership {

    private Ownership() {
    }

    static OwnershipView of(Ledger ledger, Instant now, boolean stale) {
        Figures figures = new Figures(ledger, now);
        long unfinished = figures.unfinishedActions();
        List<PartnerLoad> partners = named(ledger).stream().map(partner -> {
            Ledger.PartnerEntry entry = ledger.partners.get(partner);
            Actions responsible = actions(ledger, figures, partner, action -> action.responsible);
            return new PartnerLoad(partner, entry == null ? null : entry.name, entry != null && entry.current,
                    responsible, actions(ledger, figures, partner, action -> action.accountable),
                    unfinished == 0 ? null : Figures.round((double) (responsible.open() + responsible.overdue())
                            / unfinished),
                    areas(ledger, area -> area.responsible.contains(partner)),
                    areas(ledger, area -> partner.equals(area.accountable)));
        }).toList();
        return new OwnershipView(UUID.fromString(ledger.partnershipId), ledger.version, now, stale, unfinished,
                partners);
    }

    /** The partners admitted, then any other an action or a RACI area names. */
    private static Set<String> named(Ledger ledger) {
        Set<String> partners = new LinkedHashSet<>(ledger.partners.keySet());
        ledger.actions.values().forEach(action -> Stream.of(action.responsible, action.accountable)
                .filter(Objects::nonNull).forEach(partners::add));
        ledger.raciAreas.values().forEach(area -> {
            partners.addAll(area.responsible);
            if (area.accountable != null) {
                partners.add(area.accountable);
            }
        });
        return partners;
    }

    private static Actions actions(Ledger ledger, Figures figures, String partner,
                                   Function<ActionEntry, String> role) {
        List<ActionEntry> held = ledger.actions.values().stream().filter(action -> partner.equals(role.apply(action)))
                .toList();
        long overdue = held.stream().filter(figures::overdue).count();
        long open = held.stream().filter(Figures::open).count() - overdue;
        long completed = held.stream().filter(action -> action.completedOn != null).count();
        return new Actions(open, overdue, completed);
    }

    private static List<Area> areas(Ledger ledger, Predicate<Ledger.RaciAreaEntry> held) {
        return ledger.raciAreas.entrySet().stream().filter(area -> held.test(area.getValue()))
                .map(area -> new Area(area.getKey(), area.getValue().name)).toList();
    }
}
