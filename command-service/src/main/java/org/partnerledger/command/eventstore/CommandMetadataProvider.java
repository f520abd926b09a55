package org.partnerledger.command.eventstore;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Stamps every event with who asked for it and which command produced it, so that auditors can answer "who did
 * this, and how" from the history alone.
 */
public class CommandMetadataProvider implements CorrelationDataProvider {

    public static final String ACTOR = "actor";
    static final String COMMAND = "command";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object actor = message.getMetaData().get(ACTOR);
        if (actor != null) {
            data.put(ACTOR, actor);
        }
        data.put(COMMAND, message.getPayloadType().getSimpleName());
        return data;
    }
}
