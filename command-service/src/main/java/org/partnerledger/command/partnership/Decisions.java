package org.partnerledger.command.partnership;

/**
 * The decisions partnerships have recorded. A partnership asks here rather than keeping every decision id in its own
 * state, which would grow with its history in every cached copy and every snapshot.
 */
@FunctionalInterface
interface Decisions {

    boolean recorded(String partnershipId, String decisionId);
}
