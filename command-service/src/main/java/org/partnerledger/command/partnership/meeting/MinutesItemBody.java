package org.partnerledger.command.partnership.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.partnerledger.events.MinutesItem;
import org.partnerledger.web.PlainText;

import java.util.List;

/**
 * @param agendaItem    the agenda item's index, from 0 (an agenda has at most 30 items)
 * @param actualMinutes the minutes it took: none to a whole day
 */
record MinutesItemBody(@NotNull @Min(0) @Max(29) Integer agendaItem,
                       @PlainText(max = 10_000) String discussion,
                       @NotNull @Min(0) @Max(1440) Integer actualMinutes) {

    MinutesItem toItem() {
        return new MinutesItem(agendaItem, discussion, actualMinutes);
    }

    static List<MinutesItem> toItems(List<MinutesItemBody> bodies) {
        return bodies == null ? List.of() : bodies.stream().map(MinutesItemBody::toItem).toList();
    }
}
