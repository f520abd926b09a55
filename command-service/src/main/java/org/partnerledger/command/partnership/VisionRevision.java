package org.partnerledger.command.partnership;

/** The outcome of a vision revision: the vision's new revision number and the partnership's version. */
record VisionRevision(int revision, long version) {
}
