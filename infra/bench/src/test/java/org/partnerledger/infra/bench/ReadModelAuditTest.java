package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelAuditTest {

    @Test
    void aReadModelShowingMoreThanTheStoreHasDoubledAndLessLost() {
        ReadModelAudit.Difference difference = ReadModelAudit.Difference.of(10, 12)
                .plus(ReadModelAudit.Difference.of(7, 4))
                .plus(ReadModelAudit.Difference.of(5, 5));

        assertThat(difference).isEqualTo(new ReadModelAudit.Difference(3, 2));
    }

    @Test
    void aStreamWithoutHolesRunsFromZeroToItsLength() {
        assertThat(new EffectAudit.Stream(5, 0, 4, 1, 1, 1, 1).gapless()).isTrue();
        assertThat(new EffectAudit.Stream(4, 0, 4, 1, 1, 1, 0).gapless()).isFalse();
        assertThat(new EffectAudit.Stream(4, 1, 4, 1, 1, 1, 0).gapless()).isFalse();
    }
}
