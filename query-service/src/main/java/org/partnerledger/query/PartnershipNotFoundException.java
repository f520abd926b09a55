package org.partnerledger.query;

import org.partnerledger.web.Rejection;

import java.util.UUID;

/** Asked about a partnership that no event has brought into the read model being asked. */
public class PartnershipNotFoundException extends Rejection {

    public static final String CODE = "PARTNERSHIP_NOT_FOUND";

    public PartnershipNotFoundException(UUID partnershipId) {
        super(CODE, 404, "Partnership %s is not known here; one formed a moment ago may not have arrived yet."
                .formatted(partnershipId));
    }
}
