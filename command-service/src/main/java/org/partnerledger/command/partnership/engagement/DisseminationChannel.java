package org.partnerledger.command.partnership.engagement;

/** Where the partnership shares its successes. */
enum DisseminationChannel {
    ANNUAL_REPORT, NEWSLETTER, SOCIAL_MEDIA, PRESS_RELEASE
}
