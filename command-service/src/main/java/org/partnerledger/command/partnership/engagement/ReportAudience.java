package org.partnerledger.command.partnership.engagement;

/** Whom a progress report is for. */
enum ReportAudience {
    PARTNERS, FUNDERS, BOARD, COMMUNITY
}
