package org.partnerledger.command.partnership.meeting;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;

import java.util.UUID;

/**
 * A body that changes one meeting, which the path names: bound to the meeting's id by {@link #on(UUID)}, it is the
 * endpoint's {@link CommandRequest}, and the meeting's id is part of what an Idempotency-Key fingerprints.
 *
 * @param <C> the command it becomes
 */
interface MeetingRequest<C> {

    C toCommand(CommandContext context, String meetingId);

    default CommandRequest<C> on(UUID meetingId) {
        return new OnMeeting<>(meetingId.toString(), this);
    }

    record OnMeeting<C>(String meetingId, MeetingRequest<C> body) implements CommandRequest<C> {

        @Override
        public C toCommand(CommandContext context) {
            return body.toCommand(context, meetingId);
        }
    }
}
