package org.partnerledger.command.partnership;

/**
 * What a command handler reports: the id it issued (if any) and the partnership's version after the command, i.e.
 * the sequence number of the last event it produced.
 */
public record CommandResult(String id, long version) {
}
