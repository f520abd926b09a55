package org.partnerledger.command.partnership.roster;

import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.SnapshotJson;
import org.partnerledger.events.AuditorAccessGrantedEvent;

import static org.assertj.core.api.Assertions.assertThat;

class AuditorsSnapshotTest {

    @Test
    void theAuditorsWithAccessSurviveASnapshot() {
        Auditors auditors = new Auditors();
        auditors.on(new AuditorAccessGrantedEvent("p", "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a", null));

        assertThat(SnapshotJson.tree(SnapshotJson.roundTrip(auditors))).isEqualTo(SnapshotJson.tree(auditors));
    }
}
