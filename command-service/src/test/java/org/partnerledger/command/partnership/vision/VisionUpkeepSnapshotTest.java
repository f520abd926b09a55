package org.partnerledger.command.partnership.vision;

import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.SnapshotJson;
import org.partnerledger.events.PurposeStatedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VisionUpkeepSnapshotTest {

    @Test
    void thePurposeAndTheVisionRevisionSurviveASnapshot() {
        VisionUpkeep upkeep = new VisionUpkeep();
        upkeep.on(new PurposeStatedEvent("p", "A purpose"));
        upkeep.on(new VisionRevisedEvent("p", 3, new Vision("A vision", List.of()), "Why"));

        assertThat(SnapshotJson.tree(SnapshotJson.roundTrip(upkeep))).isEqualTo(SnapshotJson.tree(upkeep));
    }
}
