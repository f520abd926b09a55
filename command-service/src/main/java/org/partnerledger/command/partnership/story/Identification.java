package org.partnerledger.command.partnership.story;

/** How the person whose story it is may be named when it is told. */
enum Identification {
    NAMED, FIRST_NAME, ANONYMOUS
}
