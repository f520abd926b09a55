package org.partnerledger.command.partnership.agreement;

import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.SnapshotJson;
import org.partnerledger.events.AgreementSignedEvent;
import org.partnerledger.events.AgreementTerminatedEvent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementsSnapshotTest {

    @Test
    void agreementsInForceAndTerminatedSurviveASnapshot() {
        Agreements agreements = new Agreements();
        agreements.on(new AgreementSignedEvent("p", "a1", "MOU", "MOU", List.of("abc", "rcsd"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "0".repeat(64), "Roles", "Disputes"));
        agreements.on(new AgreementSignedEvent("p", "a2", "MOU", "Old", List.of("abc", "rcsd"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), "1".repeat(64), "Roles", "Disputes"));
        agreements.on(new AgreementTerminatedEvent("p", "a2", "Replaced", LocalDate.of(2026, 1, 1)));

        assertThat(SnapshotJson.tree(SnapshotJson.roundTrip(agreements))).isEqualTo(SnapshotJson.tree(agreements));
    }
}
