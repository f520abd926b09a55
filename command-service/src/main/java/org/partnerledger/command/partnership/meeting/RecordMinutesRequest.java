package org.partnerledger.command.partnership.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.command.partnership.meeting.RecordMinutesCommand.Action;
import org.partnerledger.command.partnership.meeting.RecordMinutesCommand.Decision;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Minutes with their decisions and action items; the ids of those are issued here, one fresh UUID each. */
record RecordMinutesRequest(@NotEmpty @Size(max = 100) List<@PartnerId String> attendees,
                            @PlainText(max = 10_000) String summary,
                            @Size(max = 30) List<@NotNull @Valid MinutesItemBody> items,
                            @Size(max = 100) List<@NotNull @Valid DecisionBody> decisions,
                            @Size(max = 100) List<@NotNull @Valid ActionBody> actions)
        implements CommandRequest<RecordMinutesCommand> {

    record DecisionBody(@PlainText(max = 200) String title,
                        @PlainText(max = 10_000) String rationale,
                        @NotEmpty @Size(max = 100) List<@PartnerId String> decidedBy,
                        LocalDate reviewBy,
                        @Size(max = 20) List<@NotNull UUID> metricIds) {

        Decision toDecision() {
            return new Decision(UUID.randomUUID().toString(), title, rationale, List.copyOf(decidedBy), reviewBy,
                    metricIds == null ? List.of() : metricIds.stream().map(UUID::toString).distinct().toList());
        }
    }

    /** @param decision the index, in these minutes' decisions, of the decision the action carries out */
    record ActionBody(@PlainText(max = 200) String title,
                      @PartnerId String responsible,
                      @PartnerId String accountable,
                      @NotNull LocalDate dueDate,
                      @Size(max = 100) List<@PartnerId String> consulted,
                      @Size(max = 100) List<@PartnerId String> informed,
                      @Min(0) @Max(99) Integer decision) {

        Action toAction() {
            return new Action(UUID.randomUUID().toString(), title, responsible, accountable, orNone(consulted),
                    orNone(informed), dueDate, decision);
        }
    }

    @Override
    public RecordMinutesCommand toCommand(CommandContext context) {
        return new RecordMinutesCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                List.copyOf(attendees), summary, MinutesItemBody.toItems(items),
                decisions == null ? List.of() : decisions.stream().map(DecisionBody::toDecision).toList(),
                actions == null ? List.of() : actions.stream().map(ActionBody::toAction).toList());
    }

    private static List<String> orNone(List<String> partnerIds) {
        return partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
