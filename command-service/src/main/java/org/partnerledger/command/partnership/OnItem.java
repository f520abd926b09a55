package org.partnerledger.command.partnership;

/**
 * A request about something the partnership recorded (an action, a conflict), addressed by the item's id in the path:
 * the body becomes its command with that id. The id is in the request line, and so in the fingerprint, already.
 *
 * @param itemId the id from the path
 * @param body   the request body
 * @param <C>    the command it becomes
 */
public record OnItem<C>(String itemId, Body<C> body) implements CommandRequest<C> {

    /** A request body that becomes a command about one recorded item. */
    public interface Body<C> {

        C toCommand(CommandContext context, String itemId);
    }

    @Override
    public C toCommand(CommandContext context) {
        return body.toCommand(context, itemId);
    }
}
