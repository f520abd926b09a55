package org.partnerledger.command.eventstore;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.partnerledger.command.idempotency.IdempotencyKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stamps every event with who asked for it, which command produced it and the client's Idempotency-Key if it sent
 * one, so that auditors can answer "who did this, and how" from the history alone.
 */
public class CommandMetadataProvider implements CorrelationDataProvider {

    public static final String ACTOR = "actor";
    static final String COMMAND = "command";
    private static final List<String> COPIED = List.of(ACTOR, IdempotencyKey.KEY);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(COMMAND, message.getPayloadType().getSimpleName());
        return data;
    }
}
