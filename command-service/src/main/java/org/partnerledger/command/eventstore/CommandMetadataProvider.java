package org.partnerledger.command.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.partnerledger.command.idempotency.IdempotencyKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stamps every event with who asked for it (subject, role, organisation), which command produced it, the request's
 * correlation id and the client's Idempotency-Key if it sent one, so that auditors can answer "who did this, and
 * how" from the history alone. Ids only: no name or contact detail goes into an event (ADR 15).
 */
public class CommandMetadataProvider implements CorrelationDataProvider {

    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_ORGANISATION = "actorOrganisation";
    public static final String CORRELATION_ID = "correlationId";
    public static final String COMMAND_ID = "commandId";
    static final String COMMAND = "command";
    private static final List<String> COPIED = List.of(ACTOR, ACTOR_ROLE, ACTOR_ORGANISATION, CORRELATION_ID,
            IdempotencyKey.KEY);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        if (message instanceof CommandMessage<?>) {
            data.put(COMMAND_ID, message.getIdentifier());
        }
        data.put(COMMAND, message.getPayloadType().getSimpleName());
        return data;
    }
}
