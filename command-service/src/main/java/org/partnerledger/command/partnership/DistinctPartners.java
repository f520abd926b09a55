package org.partnerledger.command.partnership;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one rule for lists that must name distinct partners (signatories, participants, holders of one role). */
public final class DistinctPartners {

    private DistinctPartners() {
    }

    /** Refuses, with {@code PARTNER_DUPLICATED}, a list that names a partner more than once. */
    public static void require(List<String> named) {
        List<String> repeated = named.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .sorted().toList();
        if (!repeated.isEmpty()) {
            throw PartnershipRejection.partnerDuplicated(repeated);
        }
    }
}
