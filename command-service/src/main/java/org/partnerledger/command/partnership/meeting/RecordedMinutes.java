package org.partnerledger.command.partnership.meeting;

import java.util.List;

/** The outcome of recording minutes: the ids issued for their decisions and actions, and the partnership's version. */
public record RecordedMinutes(String meetingId, List<String> decisionIds, List<String> actionIds, long version) {
}
