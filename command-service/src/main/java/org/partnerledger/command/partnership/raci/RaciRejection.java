package org.partnerledger.command.partnership.raci;

import org.partnerledger.web.Rejection;

import java.util.Collection;

/** A change to the RACI matrix refused by one of its rules. */
final class RaciRejection extends Rejection {

    private RaciRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static RaciRejection areaNotFound(String areaId) {
        return new RaciRejection("RACI_AREA_NOT_FOUND", NOT_FOUND,
                "No area of work %s in this partnership.".formatted(areaId));
    }

    static RaciRejection roleConflict(Collection<String> partnerIds) {
        return new RaciRejection("RACI_ROLE_CONFLICT", UNPROCESSABLE,
                "A partner holds one role per area; named in two: %s.".formatted(String.join(", ", partnerIds)));
    }

    static RaciRejection responsibleMissing() {
        return new RaciRejection("RACI_RESPONSIBLE_MISSING", UNPROCESSABLE,
                "An area of work needs at least one Responsible partner.");
    }

    static RaciRejection unchanged(String areaId) {
        return new RaciRejection("RACI_UNCHANGED", UNPROCESSABLE,
                "The area %s already has exactly these roles.".formatted(areaId));
    }
}
