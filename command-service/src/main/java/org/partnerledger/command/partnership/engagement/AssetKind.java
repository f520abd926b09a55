package org.partnerledger.command.partnership.engagement;

/** What a partner brings, in the guide's words for the assets of a community. */
enum AssetKind {
    PEOPLE, PLACES, INSTITUTIONS, FUNDING, EXPERTISE
}
