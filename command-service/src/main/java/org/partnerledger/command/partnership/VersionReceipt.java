package org.partnerledger.command.partnership;

/**
 * The answer to a command that changes what the partnership already holds and creates nothing of its own.
 *
 * @param version the partnership's version after the command: the sequence of the last event it stored
 */
public record VersionReceipt(long version) {

    /** The receipt of a command that changed something and created nothing. */
    public static VersionReceipt after(CommandResult result) {
        return new VersionReceipt(result.version());
    }
}
