package org.partnerledger.command.partnership.raci;

import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.SnapshotJson;
import org.partnerledger.events.RaciAreaDefinedEvent;
import org.partnerledger.events.RaciRolesAssignedEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RaciMatrixSnapshotTest {

    @Test
    void aMatrixRestoredFromASnapshotKnowsItsAccountablePartners() {
        RaciMatrix matrix = new RaciMatrix();
        matrix.on(new RaciAreaDefinedEvent("p", "a1", "Training", "Classes"));
        matrix.on(new RaciAreaDefinedEvent("p", "a2", "Childcare", "Hubs"));
        matrix.on(new RaciRolesAssignedEvent("p", "a1", List.of("rcsd"), "abc", List.of(), List.of("uwr"), null));

        RaciMatrix restored = SnapshotJson.roundTrip(matrix);

        assertThat(SnapshotJson.tree(restored)).isEqualTo(SnapshotJson.tree(matrix));
        assertThat(restored.isSoleAccountableOfAnArea("abc")).isTrue();
        assertThat(restored.isSoleAccountableOfAnArea("rcsd")).isFalse();
    }
}
