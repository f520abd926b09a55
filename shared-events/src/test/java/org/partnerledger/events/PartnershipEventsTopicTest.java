package org.partnerledger.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipEventsTopicTest {

    @Test
    void theTypeNameIsTheSimpleClassNameWithoutTheEventSuffix() {
        assertThat(PartnershipEventsTopic.typeName(DecisionRecordedEvent.class)).isEqualTo("DecisionRecorded");
    }

    @Test
    void everyTypeNameLeadsBackToItsClass() {
        assertThat(PartnershipEventsTopic.eventClass("VisionRevised")).contains(VisionRevisedEvent.class);
        assertThat(PartnershipEventsTopic.typeNames()).contains("PartnershipFormed", "DecisionRecorded");
    }

    @Test
    void anUnknownTypeNameLeadsNowhere() {
        assertThat(PartnershipEventsTopic.eventClass("PartnershipDissolved")).isEmpty();
        assertThat(PartnershipEventsTopic.eventClass(null)).isEmpty();
    }
}
