package org.partnerledger.query.dashboard;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnerledger.query.projection.EventRecordReader;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.occurredAt;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

class SummaryRowTest {

    private static final UUID PARTNERSHIP = UUID.randomUUID();

    private final EventRecordReader reader = new EventRecordReader();

    @Test
    void aBatchThatOpensTheStreamFoldsFromNothingIntoARowToInsert() {
        SummaryRow row = SummaryRow.fold(null, stream(record(formed(PARTNERSHIP), 0),
                record(decision(PARTNERSHIP, UUID.randomUUID()), 1), record(visionRevised(PARTNERSHIP, 2), 2)));

        assertThat(row.opensStream()).isTrue();
        assertThat(row.previousVersion()).isEqualTo(ReadModel.NOTHING_APPLIED);
        assertThat(row.version()).isEqualTo(2);
        assertThat(row.lastActivityAt()).isEqualTo(occurredAt(2));
        assertThat(row.summary().visionRevision()).isEqualTo(2);
    }

    @Test
    void aBatchThatContinuesTheStreamFoldsOnFromTheStoredSummaryAtTheVersionBeforeItsFirstEvent() {
        PartnershipSummary stored = PartnershipSummary.apply(null, formed(PARTNERSHIP));

        SummaryRow row = SummaryRow.fold(stored, stream(record(visionRevised(PARTNERSHIP, 2), 4),
                record(decision(PARTNERSHIP, UUID.randomUUID()), 5)));

        assertThat(row.opensStream()).isFalse();
        assertThat(row.previousVersion()).isEqualTo(3);
        assertThat(row.version()).isEqualTo(5);
        assertThat(row.summary()).isEqualTo(PartnershipSummary.apply(stored, visionRevised(PARTNERSHIP, 2)));
    }

    @SafeVarargs
    private StreamBatch stream(ConsumerRecord<String, byte[]>... records) {
        return StreamBatch.of(Arrays.stream(records).map(reader::read).toList()).get(0);
    }
}
