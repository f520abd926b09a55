package org.partnerledger.command.partnership;

/**
 * A command endpoint's body, validated at the edge, that turns itself into its command: an endpoint then only
 * declares its request, and headers, ids and idempotency are handled once, by {@link PartnershipCommands}.
 *
 * @param <C> the command it becomes
 */
public interface CommandRequest<C> {

    C toCommand(CommandContext context);
}
