package org.partnerledger.events;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Kafka contract of the partnership events: the topic, the record headers and the type names they use.
 * <p>
 * Key: the partnership id. Value: the event record as JSON. Order within a partnership follows {@link #SEQUENCE};
 * delivery is at least once, so consumers skip what they have already applied.
 */
public final class PartnershipEventsTopic {

    /** Default topic name; deployments may configure another. */
    public static final String DEFAULT_TOPIC = "partnership-events";
    /** Suffix of the dead-letter topic that receives records no consumer can read. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final String EVENT_ID = "event-id";
    /** The event's type name, see {@link #typeName(Class)}. */
    public static final String EVENT_TYPE = "event-type";
    public static final String EVENT_REVISION = "event-revision";
    public static final String PARTNERSHIP_ID = "partnership-id";
    /** Position of the event in its partnership's stream, from 0, as decimal text. */
    public static final String SEQUENCE = "sequence";
    /** ISO-8601 UTC instant at which the event was stored. */
    public static final String OCCURRED_AT = "occurred-at";
    /** Who issued the command that produced the event: the subject of their token. */
    public static final String ACTOR = "actor";
    /** The role the actor's token gave: coordinator or member. */
    public static final String ACTOR_ROLE = "actor-role";
    /** The organisation id the actor's token named. */
    public static final String ACTOR_ORGANISATION = "actor-organisation";
    /** The id of the command that produced the event; the events of one command share it. */
    public static final String COMMAND_ID = "command-id";
    /** The request's correlation id: the client's {@code X-Correlation-Id}, or one the service made up. */
    public static final String CORRELATION_ID = "correlation-id";

    private static final Map<String, Class<? extends PartnershipEvent>> TYPES =
            eventClasses(PartnershipEvent.class)
                  .collect(Collectors.toUnmodifiableMap(PartnershipEventsTopic::typeName, Function.identity()));

    private PartnershipEventsTopic() {
    }

    /** The published name of an event type: its simple class name without the {@code Event} suffix. */
    public static String typeName(Class<?> eventClass) {
        String simpleName = eventClass.getSimpleName();
        return simpleName.endsWith("Event") ? simpleName.substring(0, simpleName.length() - 5) : simpleName;
    }

    /** The event class published under a type name, if the name is known. */
    public static Optional<Class<? extends PartnershipEvent>> eventClass(String typeName) {
        return Optional.ofNullable(typeName).map(TYPES::get);
    }

    /** Every published type name. */
    public static Set<String> typeNames() {
        return TYPES.keySet();
    }

    /** The records below a sealed interface, through the interfaces that group them. */
    private static Stream<Class<? extends PartnershipEvent>> eventClasses(Class<?> sealed) {
        return Stream.of(sealed.getPermittedSubclasses()).flatMap(type -> type.isInterface() ? eventClasses(type)
                : Stream.of(type.asSubclass(PartnershipEvent.class)));
    }
}
