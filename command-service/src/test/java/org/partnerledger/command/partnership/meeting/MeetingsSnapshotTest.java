package org.partnerledger.command.partnership.meeting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.AgendaItem;
import org.partnerledger.events.MeetingCadenceSetEvent;
import org.partnerledger.events.MeetingCancelledEvent;
import org.partnerledger.events.MeetingScheduledEvent;
import org.partnerledger.events.MinutesApprovedEvent;
import org.partnerledger.events.MinutesRecordedEvent;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.partnership.meeting.MeetingsTest.ID;

/** The parts are snapshotted as JSON with the storage mapper's settings: what they hold must read back the same. */
class MeetingsSnapshotTest {

    private final ObjectMapper storage = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void meetingsInEveryStatusReadBackFromTheirSnapshotJson() throws Exception {
        Meetings meetings = new Meetings();
        List<AgendaItem> agenda = List.of(new AgendaItem("Placements", "Agree targets", 30));
        Instant start = Instant.parse("2026-12-01T15:00:00Z");
        meetings.on(new MeetingCadenceSetEvent(ID, "MONTHLY"));
        for (String meeting : List.of("m-scheduled", "m-cancelled", "m-recorded", "m-approved")) {
            meetings.on(new MeetingScheduledEvent(ID, meeting, "Meeting", start, agenda));
        }
        meetings.on(new MeetingCancelledEvent(ID, "m-cancelled", "Snow"));
        meetings.on(new MinutesRecordedEvent(ID, "m-recorded", List.of("abc"), "Done", List.of(), List.of(),
                List.of()));
        meetings.on(new MinutesRecordedEvent(ID, "m-approved", List.of("abc"), "Done", List.of(), List.of(),
                List.of()));
        meetings.on(new MinutesApprovedEvent(ID, "m-approved", List.of("abc")));

        String json = storage.writeValueAsString(meetings);
        Meetings read = storage.readValue(json, Meetings.class);

        assertThat(read).usingRecursiveComparison().isEqualTo(meetings);
        assertThat(json).contains("\"MINUTES_RECORDED\"").contains("\"MONTHLY\"").doesNotContain("Done");
    }

    @Test
    void theCheckInsPartHoldsNothingAndStillWritesAsJson() throws Exception {
        assertThat(storage.writeValueAsString(new CheckIns())).isEqualTo("{}");
        assertThat(storage.readValue("{}", CheckIns.class)).isNotNull();
    }
}
