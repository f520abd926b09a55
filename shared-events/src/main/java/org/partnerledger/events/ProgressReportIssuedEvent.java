package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A progress report was issued to an audience of the partnership.
 *
 * @param partnershipId the partnership
 * @param reportId      the report's id (a UUID issued by the server)
 * @param periodStart   the first day reported on
 * @param periodEnd     the last day reported on, after {@code periodStart}
 * @param audience      {@code PARTNERS}, {@code FUNDERS}, {@code BOARD} or {@code COMMUNITY}
 * @param title         the report's title
 */
@Revision("1")
public record ProgressReportIssuedEvent(
        @Uuid String partnershipId,
        @Uuid String reportId,
        LocalDate periodStart,
        LocalDate periodEnd,
        String audience,
        String title) implements GovernanceEvent {
}
