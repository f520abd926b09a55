package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionReassignedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.RaciAreaDefinedEvent;
import org.partnerledger.events.RaciRolesAssignedEvent;
import org.partnerledger.query.ledger.OwnershipView.Actions;
import org.partnerledger.query.ledger.OwnershipView.Area;
import org.partnerledger.query.ledger.OwnershipView.PartnerLoad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** The load each partner carries, as docs/figures.md ("Ownership") defines it. */
class OwnershipTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final String AREA = "f1000000-0000-4000-8000-000000000001";

    @Test
    void aPartnersActionsAreCountedOpenOverdueAndCompletedByTheRoleItHoldsInThem() {
        Histories history = Histories.formed()
                .add(action("a1", "abc", "rcsd", LocalDate.of(2025, 6, 30)))
                .add(action("a2", "abc", "abc", LocalDate.of(2025, 2, 1)))
                .add(action("a3", "rcsd", "abc", LocalDate.of(2025, 2, 1)))
                .add(new ActionCompletedEvent(PARTNERSHIP, id("a3"), "Done", LocalDate.of(2025, 1, 30)));

        OwnershipView ownership = ownership(history);

        assertThat(load(ownership, "abc").responsible()).isEqualTo(new Actions(1, 1, 0));
        assertThat(load(ownership, "abc").accountable()).isEqualTo(new Actions(0, 1, 1));
        assertThat(load(ownership, "rcsd").responsible()).isEqualTo(new Actions(0, 0, 1));
        assertThat(load(ownership, "rcsd").accountable()).isEqualTo(new Actions(1, 0, 0));
        assertThat(load(ownership, "county").responsible()).isEqualTo(new Actions(0, 0, 0));
    }

    @Test
    void aPartnersShareIsOfTheUnfinishedActionsItIsResponsibleFor() {
        Histories history = Histories.formed()
                .add(action("a1", "abc", "rcsd", LocalDate.of(2025, 6, 30)))
                .add(action("a2", "abc", "rcsd", LocalDate.of(2025, 2, 1)))
                .add(action("a3", "rcsd", "abc", LocalDate.of(2025, 6, 30)))
                .add(action("a4", "county", "abc", LocalDate.of(2025, 6, 30)));

        OwnershipView ownership = ownership(history);

        assertThat(ownership.unfinishedActions()).isEqualTo(4);
        assertThat(load(ownership, "abc").shareOfUnfinished()).isEqualTo(0.5);
        assertThat(load(ownership, "rcsd").shareOfUnfinished()).isEqualTo(0.25);
    }

    @Test
    void withoutUnfinishedActionsNoPartnerHasAShare() {
        assertThat(load(ownership(Histories.formed()), "abc").shareOfUnfinished()).isNull();
    }

    @Test
    void aReassignedActionCountsForItsNewResponsiblePartnerOnly() {
        Histories history = Histories.formed()
                .add(action("a1", "abc", "abc", LocalDate.of(2025, 6, 30)))
                .add(new ActionReassignedEvent(PARTNERSHIP, id("a1"), "rcsd", "abc", "abc is stretched"));

        OwnershipView ownership = ownership(history);

        assertThat(load(ownership, "abc").responsible().open()).isZero();
        assertThat(load(ownership, "rcsd").responsible().open()).isEqualTo(1);
    }

    @Test
    void theRaciAreasAPartnerIsResponsibleOrAccountableForAreListedByName() {
        Histories history = Histories.formed()
                .add(new RaciAreaDefinedEvent(PARTNERSHIP, AREA, "Data sharing", "Who shares what"))
                .add(new RaciRolesAssignedEvent(PARTNERSHIP, AREA, List.of("abc", "rcsd"), "county", List.of(),
                        List.of(), null));

        OwnershipView ownership = ownership(history);

        assertThat(load(ownership, "abc").responsibleAreas()).containsExactly(new Area(AREA, "Data sharing"));
        assertThat(load(ownership, "abc").accountableAreas()).isEmpty();
        assertThat(load(ownership, "county").accountableAreas()).containsExactly(new Area(AREA, "Data sharing"));
    }

    @Test
    void aWithdrawnPartnerStillShowsWhatItHeldMarkedNotCurrent() {
        Histories history = Histories.formed()
                .add(action("a1", "county", "abc", LocalDate.of(2025, 6, 30)))
                .add(new PartnerWithdrawnEvent(PARTNERSHIP, "county", "The programme ended"));

        PartnerLoad county = load(ownership(history), "county");

        assertThat(county.current()).isFalse();
        assertThat(county.responsible().open()).isEqualTo(1);
    }

    private static OwnershipView ownership(Histories history) {
        return Ownership.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()), NOW, false);
    }

    private static PartnerLoad load(OwnershipView ownership, String partner) {
        return ownership.partners().stream().filter(load -> load.partner().equals(partner)).findFirst().orElseThrow();
    }

    private static ActionAssignedEvent action(String name, String responsible, String accountable, LocalDate due) {
        return new ActionAssignedEvent(PARTNERSHIP, id(name), "Draft the MOU", responsible, accountable, List.of(),
                List.of(), due, null);
    }

    private static String id(String name) {
        return "a1000000-0000-4000-8000-00000000000" + name.charAt(1);
    }
}
