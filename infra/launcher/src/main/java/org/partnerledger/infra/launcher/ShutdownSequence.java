package org.partnerledger.infra.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Stops what was started, newest first and once, so the services stop before Kafka and Kafka before PostgreSQL.
 * <p>
 * It runs from the JVM shutdown hook (Ctrl-C, SIGTERM, {@code System.exit}) while the main thread may still be
 * starting things: a start under way completes first and is then stopped as well, and no later start begins.
 */
final class ShutdownSequence {

    private final Deque<Runnable> stops = new ArrayDeque<>();
    private volatile boolean stopping;

    synchronized void start(Runnable start, Runnable stop) {
        if (stopping) {
            throw new IllegalStateException("Shutting down");
        }
        start.run();
        stops.push(stop);
    }

    boolean isStopping() {
        return stopping;
    }

    void stopAll() {
        stopping = true;
        synchronized (this) {
            while (!stops.isEmpty()) {
                try {
                    stops.pop().run();
                } catch (RuntimeException e) {
                    System.err.println("  " + e.getMessage());
                }
            }
        }
    }
}
