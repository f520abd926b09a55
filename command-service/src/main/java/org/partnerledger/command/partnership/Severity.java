package org.partnerledger.command.partnership;

/** How badly a conflict strains the partnership; it decides how far up the agreed ladder it starts. */
enum Severity {
    LOW, MEDIUM, HIGH
}
