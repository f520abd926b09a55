package org.partnerledger.command.partnership.engagement;

import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.SnapshotJson;
import org.partnerledger.events.GrantRecordedEvent;
import org.partnerledger.events.PartnerAssetRecordedEvent;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementSnapshotTest {

    @Test
    void assetEntriesAndGrantNumbersSurviveASnapshot() {
        Engagement engagement = new Engagement();
        engagement.on(new PartnerAssetRecordedEvent("p", "a1", "rcsd", "PLACES", "Classrooms"));
        engagement.on(new GrantRecordedEvent("p", "g1", "f", "Funder", "HG-1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1)));

        assertThat(SnapshotJson.tree(SnapshotJson.roundTrip(engagement))).isEqualTo(SnapshotJson.tree(engagement));
    }
}
