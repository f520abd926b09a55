package org.partnerledger.command.partnership.action;

/**
 * The actions partnerships have completed or cancelled. They leave the open actions the partnership keeps, and a
 * command on one of them is refused as closed rather than as unknown by asking here.
 */
@FunctionalInterface
public interface ClosedActions {

    boolean closed(String partnershipId, String actionId);
}
