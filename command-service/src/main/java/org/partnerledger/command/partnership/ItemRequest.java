package org.partnerledger.command.partnership;

import java.util.UUID;

/**
 * A body sent to the path of one item the partnership recorded (an agreement, an asset, an area of work): the id
 * in the path and the body make the command together, and both are part of the request's fingerprint.
 *
 * @param itemId the item's id from the path, in canonical form
 * @param body   the validated body
 * @param <C>    the command they become
 */
public record ItemRequest<C>(String itemId, Body<C> body) implements CommandRequest<C> {

    /** A body that becomes its command once it knows which item it addresses. */
    public interface Body<C> {

        C toCommand(CommandContext context, String itemId);
    }

    public static <C> ItemRequest<C> of(UUID itemId, Body<C> body) {
        return new ItemRequest<>(itemId.toString(), body);
    }

    @Override
    public C toCommand(CommandContext context) {
        return body.toCommand(context, itemId);
    }
}
