package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A partner proposed a shared metric. It is proposed, not yet shared: it becomes active once every current partner
 * has endorsed it ({@link MetricActivatedEvent}).
 *
 * @param partnershipId    the partnership
 * @param metricId         the metric's id (a UUID issued by the server)
 * @param name             the metric's name, e.g. "Adults placed in jobs"
 * @param definition       what is counted and how, in words
 * @param unit             {@code INDIVIDUALS}, {@code HOUSEHOLDS}, {@code PERCENT}, {@code DOLLARS} or {@code COUNT}
 * @param baseline         the value when the partners started
 * @param target           the value they aim for by the target date
 * @param targetDate       the date by which they aim to reach the target
 * @param direction        {@code UP} when more is better, {@code DOWN} when less is
 * @param ownerPartner     the id of the partner who answers for collecting it
 * @param collectionMethod how the data is collected and shared
 * @param frequency        {@code MONTHLY}, {@code QUARTERLY} or {@code YEARLY}: the periods it is measured for
 * @param measureKind      its Results-Based Accountability kind: {@code HOW_MUCH}, {@code HOW_WELL} or
 *                         {@code BETTER_OFF}
 * @param indicator        the framework indicator it reports on, or {@code null}
 */
@Revision("1")
public record MetricProposedEvent(
        @Uuid String partnershipId,
        @Uuid String metricId,
        String name,
        String definition,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate targetDate,
        String direction,
        String ownerPartner,
        String collectionMethod,
        String frequency,
        String measureKind,
        @Nullable MetricIndicator indicator) implements MetricEvent {
}
