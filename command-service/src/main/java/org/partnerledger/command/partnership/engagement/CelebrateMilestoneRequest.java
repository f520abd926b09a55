package org.partnerledger.command.partnership.engagement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.UUID;

/**
 * @param metricId the shared metric the milestone marks, given with its {@code value}
 * @param value    the metric's value at the milestone, given with its {@code metricId}
 */
record CelebrateMilestoneRequest(@PlainText(max = 200) String title,
                                 @NotNull LocalDate achievedOn,
                                 @PlainText(max = 2000) String achievement,
                                 UUID metricId,
                                 @JsonDeserialize(using = StrictNumber.class) Double value)
        implements CommandRequest<CelebrateMilestoneCommand> {

    @Override
    public CelebrateMilestoneCommand toCommand(CommandContext context) {
        return new CelebrateMilestoneCommand(context.partnershipId(), context.expectedVersion(), context.newId(),
                title, achievedOn, achievement, metricId == null ? null : metricId.toString(), value);
    }
}
