package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;

/**
 * The body of a request about something the partnership recorded (a metric, a story, a review round), which its
 * path names: it becomes its command once {@link AddressedRequest} joins it to that id.
 *
 * @param <C> the command it becomes
 */
public interface ItemRequest<C> {

    C toCommand(CommandContext context, String itemId);
}
