package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;

import java.util.UUID;

/**
 * A request body joined to the id of the item its path names, so that it takes the one path from HTTP to command
 * like any other; the item is part of its fingerprint as it is of its request line.
 *
 * @param itemId the id in the path, canonical
 * @param body   the validated body
 * @param <C>    the command it becomes
 */
public record AddressedRequest<C>(String itemId, ItemRequest<C> body) implements CommandRequest<C> {

    public static <C> AddressedRequest<C> to(UUID itemId, ItemRequest<C> body) {
        return new AddressedRequest<>(itemId.toString(), body);
    }

    @Override
    public C toCommand(CommandContext context) {
        return body.toCommand(context, itemId);
    }
}
