package org.partnerledger.query.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A decision as the coordinators' dashboard lists it; {@code recordedAt} is when its event occurred. */
public record DecisionView(UUID decisionId, String title, String rationale, List<String> decidedBy,
                           Instant recordedAt) {
}
