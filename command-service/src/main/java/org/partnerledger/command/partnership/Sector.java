package org.partnerledger.command.partnership;

/** The sectors Community Action's organizational standards name for partners. */
public enum Sector {
    COMMUNITY_BASED, FAITH_BASED, PRIVATE, PUBLIC, EDUCATIONAL
}
