package org.partnerledger.command.partnership.engagement;

import org.partnerledger.web.Rejection;

import java.time.LocalDate;

/** A milestone, asset, report, dissemination or grant refused by one of the engagement rules. */
final class EngagementRejection extends Rejection {

    private EngagementRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static EngagementRejection milestoneInFuture(LocalDate achievedOn) {
        return new EngagementRejection("MILESTONE_IN_FUTURE", UNPROCESSABLE,
                "A milestone achieved on %s is not achieved yet.".formatted(achievedOn));
    }

    static EngagementRejection milestoneMetricIncomplete() {
        return new EngagementRejection("MILESTONE_METRIC_INCOMPLETE", UNPROCESSABLE,
                "A milestone names a metric and its value together, or neither.");
    }

    static EngagementRejection assetNotFound(String assetId) {
        return new EngagementRejection("ASSET_NOT_FOUND", NOT_FOUND,
                "No asset entry %s in this partnership.".formatted(assetId));
    }

    static EngagementRejection periodEndNotAfterStart(LocalDate start, LocalDate end) {
        return new EngagementRejection("PERIOD_END_NOT_AFTER_START", UNPROCESSABLE,
                "A period from %s must end after it starts, not on %s.".formatted(start, end));
    }

    static EngagementRejection grantAlreadyRecorded(String grantNumber) {
        return new EngagementRejection("GRANT_ALREADY_RECORDED", CONFLICT,
                "The grant %s is already recorded.".formatted(grantNumber));
    }
}
