package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The meetings, as scheduled, with their agendas and, once held, their minutes. */
public record MeetingsView(UUID partnershipId, long version, Instant asOf, boolean stale, List<Meeting> meetings) {

    /**
     * @param status  {@code SCHEDULED}, {@code CANCELLED} or {@code HELD} (its minutes recorded)
     * @param minutes {@code null} until recorded
     */
    public record Meeting(String meetingId, String title, Instant scheduledAt, String status,
                         List<AgendaItem> agenda, Minutes minutes) {
    }

    public record AgendaItem(int index, String topic, String objective, int timeBoxMinutes) {
    }

    /**
     * @param items       what the minutes say of each agenda item, amendments applied
     * @param approvedBy  empty until approved
     * @param amendments  amendments before approval
     * @param corrections corrections recorded beside the approved minutes
     */
    public record Minutes(String summary, List<String> attendees, List<Item> items, List<String> decisionIds,
                          List<String> actionIds, Instant recordedAt, List<String> approvedBy, Instant approvedAt,
                          int amendments, int corrections) {
    }

    public record Item(int agendaItem, String discussion, int actualMinutes) {
    }

    static MeetingsView of(Ledger ledger, Instant asOf, boolean stale) {
        return new MeetingsView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.meetings.entrySet().stream().map(entry -> meeting(entry.getKey(), entry.getValue())).toList());
    }

    private static Meeting meeting(String id, Ledger.MeetingEntry meeting) {
        List<Ledger.AgendaEntry> agenda = meeting.agenda;
        return new Meeting(id, meeting.title, meeting.scheduledAt, status(meeting),
                IntStream.range(0, agenda.size()).mapToObj(index -> new AgendaItem(index,
                        agenda.get(index).topic(), agenda.get(index).objective(),
                        agenda.get(index).timeBoxMinutes())).toList(),
                meeting.minutes == null ? null : minutes(meeting.minutes));
    }

    private static String status(Ledger.MeetingEntry meeting) {
        if (meeting.minutesRecorded) {
            return "HELD";
        }
        return meeting.cancelled ? "CANCELLED" : "SCHEDULED";
    }

    private static Minutes minutes(Ledger.MinutesEntry minutes) {
        return new Minutes(minutes.summary, minutes.attendees, minutes.items.values().stream()
                .sorted(Comparator.comparingInt(Ledger.MinutesItemEntry::agendaItem))
                .map(item -> new Item(item.agendaItem(), item.discussion(), item.actualMinutes())).toList(),
                minutes.decisionIds, minutes.actionIds, minutes.recordedAt, minutes.approvedBy, minutes.approvedAt,
                minutes.amendments, minutes.corrections);
    }
}
