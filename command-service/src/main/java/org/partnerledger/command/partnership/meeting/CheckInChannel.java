package org.partnerledger.command.partnership.meeting;

/** How partners checked in with each other. */
enum CheckInChannel {
    IN_PERSON, PHONE, VIDEO, EMAIL, MESSAGE
}
