package org.partnerledger.query.funder;

import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.query.calendar.Today;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A partnership's funder record as a read asks for it, with the day its stories' consents are judged on. */
@Component
class FunderReads {

    private final FunderRepository repository;
    private final Clock clock;

    FunderReads(FunderRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    FunderRecord record(UUID partnershipId) {
        return repository.find(partnershipId).orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
    }

    LocalDate today() {
        return Today.at(clock.instant());
    }

    FunderView view(UUID partnershipId) {
        return FunderViews.view(record(partnershipId), today());
    }

    FunderView report(UUID partnershipId, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw FunderRejection.invalidParameter("from must not be after to.");
        }
        return FunderViews.view(record(partnershipId), today(), Periods.overlapping(from, to));
    }

    DocumentationView documentation(UUID partnershipId) {
        return FunderViews.documentation(record(partnershipId));
    }
}
