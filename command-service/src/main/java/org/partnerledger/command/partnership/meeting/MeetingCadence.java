package org.partnerledger.command.partnership.meeting;

/** How often the partnership meets, as the guide lists the usual schedules. */
enum MeetingCadence {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY
}
