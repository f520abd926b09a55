package org.partnerledger.query.projection;

/**
 * A record that no retry can make readable: bad headers, bad JSON, an unknown type or revision, or an event that
 * breaks the published schema. It goes to the dead-letter topic so that it does not hold up the partition.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
