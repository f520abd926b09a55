package org.partnerledger.command.partnership.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.events.AgendaItem;
import org.partnerledger.web.PlainText;

import java.time.Instant;
import java.util.List;

record ScheduleMeetingRequest(@PlainText(max = 200) String title,
                              @NotNull Instant scheduledAt,
                              @NotEmpty @Size(max = 30) List<@NotNull @Valid AgendaItemBody> agenda)
        implements CommandRequest<ScheduleMeetingCommand> {

    /** @param timeBoxMinutes the time agreed for the item: a minute to a working day */
    record AgendaItemBody(@PlainText(max = 200) String topic,
                          @PlainText(max = 2000) String objective,
                          @NotNull @Min(1) @Max(480) Integer timeBoxMinutes) {
    }

    @Override
    public ScheduleMeetingCommand toCommand(CommandContext context) {
        return new ScheduleMeetingCommand(context.partnershipId(), context.expectedVersion(), context.newId(), title,
                scheduledAt, agenda.stream()
                        .map(item -> new AgendaItem(item.topic(), item.objective(), item.timeBoxMinutes())).toList());
    }
}
