package org.partnerledger.command.partnership.meeting;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** The partnership's meeting cadence, its meetings and their minutes, and the partners' check-ins. */
@PartnershipCommandEndpoints
class MeetingController {

    private final PartnershipCommands commands;

    MeetingController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record MeetingReceipt(String meetingId, long version) {
    }

    record MinutesReceipt(String meetingId, List<String> decisionIds, List<String> actionIds, long version) {
    }

    record CheckInReceipt(String checkInId, long version) {
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/meeting-cadence")
    VersionReceipt setMeetingCadence(CommandContext context, @Valid @RequestBody SetMeetingCadenceRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingReceipt scheduleMeeting(CommandContext context, @Valid @RequestBody ScheduleMeetingRequest request) {
        CommandResult result = commands.send(context, request);
        return new MeetingReceipt(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/meetings/{meetingId}/rescheduling")
    VersionReceipt rescheduleMeeting(CommandContext context, @Valid @RequestBody RescheduleMeetingRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/meetings/{meetingId}/cancellation")
    VersionReceipt cancelMeeting(CommandContext context, @Valid @RequestBody CancelMeetingRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/meetings/{meetingId}/minutes")
    @ResponseStatus(HttpStatus.CREATED)
    MinutesReceipt recordMinutes(CommandContext context, @Valid @RequestBody RecordMinutesRequest request) {
        RecordedMinutes result = commands.send(context, request);
        return new MinutesReceipt(result.meetingId(), result.decisionIds(), result.actionIds(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/meetings/{meetingId}/minutes-amendment")
    VersionReceipt amendMinutes(CommandContext context, @Valid @RequestBody AmendMinutesRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/meetings/{meetingId}/minutes-approval")
    VersionReceipt approveMinutes(CommandContext context, @Valid @RequestBody ApproveMinutesRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/meetings/{meetingId}/minutes-correction")
    VersionReceipt correctMinutes(CommandContext context, @Valid @RequestBody CorrectMinutesRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    CheckInReceipt recordCheckIn(CommandContext context, @Valid @RequestBody RecordCheckInRequest request) {
        CommandResult result = commands.send(context, request);
        return new CheckInReceipt(result.id(), result.version());
    }
}
