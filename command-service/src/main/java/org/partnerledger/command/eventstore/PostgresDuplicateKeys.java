package org.partnerledger.command.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append collided with the event store's unique (stream, sequence) key, so that it raises a
 * {@code ConcurrencyException}, which {@link CommandRetries} decides again. Axon's JDBC default only recognises
 * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws: two instances racing
 * on one partnership got a 500 instead (found by {@code TwoCommandServicesIT}).
 */
final class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    /** PostgreSQL's SQLSTATE for {@code unique_violation}. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
