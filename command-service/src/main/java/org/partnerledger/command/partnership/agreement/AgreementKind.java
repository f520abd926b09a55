package org.partnerledger.command.partnership.agreement;

/** The guide's two written forms of a partnership's commitments. */
enum AgreementKind {
    MOU, PARTNERSHIP_AGREEMENT
}
