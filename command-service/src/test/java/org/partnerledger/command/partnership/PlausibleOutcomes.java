package org.partnerledger.command.partnership;

import org.partnerledger.command.partnership.meeting.RecordedMinutes;

import java.util.List;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/** Stands in for the aggregate in web tests: every command succeeds with what its handler would return. */
final class PlausibleOutcomes {

    private PlausibleOutcomes() {
    }

    static void answerEveryCommand(PartnershipCommands commands) {
        when(commands.<Object>send(any(CommandContext.class), any())).thenAnswer(invocation -> {
            CommandContext context = invocation.getArgument(0);
            CommandRequest<?> request = invocation.getArgument(1);
            return outcomeOf(request.toCommand(context), context.partnershipId());
        });
    }

    private static Object outcomeOf(Object command, String partnershipId) {
        if (command instanceof FormPartnershipCommand) {
            return partnershipId;
        }
        if (command instanceof ReviseVisionCommand) {
            return new VisionRevision(2, 1);
        }
        // the command is package-private to its part; its name is all this stand-in needs
        if (command.getClass().getSimpleName().equals("RecordMinutesCommand")) {
            return new RecordedMinutes(UUID.randomUUID().toString(), List.of(UUID.randomUUID().toString()),
                    List.of(UUID.randomUUID().toString()), 1);
        }
        return new CommandResult(UUID.randomUUID().toString(), 1);
    }
}
