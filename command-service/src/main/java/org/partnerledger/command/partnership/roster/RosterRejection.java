package org.partnerledger.command.partnership.roster;

import org.partnerledger.web.Rejection;

/** A change to the partnership's partners, coordinator, auditors or lifecycle refused by a rule of the root. */
public final class RosterRejection extends Rejection {

    private RosterRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    public static RosterRejection partnerAlreadyAdmitted(String partnerId) {
        return new RosterRejection("PARTNER_ALREADY_ADMITTED", CONFLICT,
                "'%s' is already a partner of this partnership.".formatted(partnerId));
    }

    public static RosterRejection organisationAlreadyAPartner(String organisationId, String partnerId) {
        return new RosterRejection("ORGANISATION_ALREADY_A_PARTNER", CONFLICT,
                "The organisation %s is already a partner, as '%s'.".formatted(organisationId, partnerId));
    }

    public static RosterRejection coordinatorCannotWithdraw(String partnerId) {
        return new RosterRejection("COORDINATOR_CANNOT_WITHDRAW", CONFLICT,
                "'%s' coordinates the partnership; appoint another coordinator first.".formatted(partnerId));
    }

    public static RosterRejection lastPartnerCannotWithdraw(String partnerId) {
        return new RosterRejection("LAST_PARTNER_CANNOT_WITHDRAW", CONFLICT,
                "'%s' is the last partner; conclude the partnership instead.".formatted(partnerId));
    }

    public static RosterRejection partnerSoleAccountable(String partnerId) {
        return new RosterRejection("PARTNER_SOLE_ACCOUNTABLE", CONFLICT,
                "'%s' is the Accountable partner of an area of work; reassign its roles first.".formatted(partnerId));
    }

    public static RosterRejection partnerHoldsOpenActions(String partnerId) {
        return new RosterRejection("PARTNER_HOLDS_OPEN_ACTIONS", CONFLICT,
                "'%s' is Responsible or Accountable for open actions; reassign or close them first."
                        .formatted(partnerId));
    }

    public static RosterRejection coordinatorUnchanged(String partnerId) {
        return new RosterRejection("COORDINATOR_UNCHANGED", UNPROCESSABLE,
                "'%s' already coordinates the partnership, with that person.".formatted(partnerId));
    }

    public static RosterRejection auditorAlreadyGranted(String organisationId) {
        return new RosterRejection("AUDITOR_ALREADY_GRANTED", CONFLICT,
                "The organisation %s already has auditor access.".formatted(organisationId));
    }

    static RosterRejection auditorNotGranted(String organisationId) {
        return new RosterRejection("AUDITOR_NOT_GRANTED", CONFLICT,
                "The organisation %s has no auditor access to revoke.".formatted(organisationId));
    }

    public static RosterRejection auditorIsAPartner(String organisationId, String partnerId) {
        return new RosterRejection("AUDITOR_IS_A_PARTNER", CONFLICT,
                "The organisation %s is a partner, as '%s'; it cannot audit its own partnership."
                        .formatted(organisationId, partnerId));
    }

    public static RosterRejection partnershipConcluded() {
        return new RosterRejection("PARTNERSHIP_CONCLUDED", CONFLICT,
                "The partnership has concluded; it records nothing more.");
    }
}
