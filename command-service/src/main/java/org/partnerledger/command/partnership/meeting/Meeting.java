package org.partnerledger.command.partnership.meeting;

import java.time.Instant;
import java.util.List;

/**
 * What the rules of {@link Meetings} consult about one meeting. A cancelled meeting and approved minutes keep only
 * their status: all that is asked of them then is why they refuse a change (or, approved, accept a correction).
 *
 * @param scheduledAt when it starts, while it has no minutes
 * @param agendaSize  how many items its agenda has, while its minutes may still be recorded or amended
 * @param attendees   who attended, once its minutes are recorded and until they are approved
 */
record Meeting(Status status, Instant scheduledAt, int agendaSize, List<String> attendees) {

    enum Status { SCHEDULED, CANCELLED, MINUTES_RECORDED, MINUTES_APPROVED }

    static Meeting scheduled(Instant scheduledAt, int agendaSize) {
        return new Meeting(Status.SCHEDULED, scheduledAt, agendaSize, List.of());
    }

    static Meeting closed(Status status) {
        return new Meeting(status, null, 0, List.of());
    }

    Meeting movedTo(Instant newStart) {
        return new Meeting(status, newStart, agendaSize, attendees);
    }

    Meeting minutesRecorded(List<String> attendedBy) {
        return new Meeting(Status.MINUTES_RECORDED, null, agendaSize, List.copyOf(attendedBy));
    }

    boolean is(Status other) {
        return status == other;
    }
}
