package org.partnerledger.command.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The store read in order by a processor of its own, one batch of the storage engine at a time, woken by this JVM's
 * commits (ADR 25). Axon's event store has one reader shared by the processors that tail it: it reads on as far
 * as the store goes, and every event between it and the slowest processor stays in memory. Behind a backlog of
 * 100,000 events that was 86,000 events, the whole heap of command-service, which stopped. Here a processor holds at
 * most the batch it is reading.
 * <p>
 * It reads again when this JVM has committed since it last found nothing, and when a wait times out, which is how
 * it finds events that other writers stored.
 */
public final class StoreTail implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStorageEngine storage;
    /** Read before every event a reader takes, so without the lock, which only the waits and the count take. */
    private volatile long commits;

    StoreTail(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** Called after each commit of events by this JVM. */
    synchronized void committed() {
        commits++;
        notifyAll();
    }

    /** Waits until there is a commit after {@code seen} or the time is up; returns the nanoseconds left. */
    private synchronized long awaitCommitAfter(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long left = nanos;
        while (commits == seen && left > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
            left = deadline - System.nanoTime();
        }
        return left;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new Reader(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }

    /** Used by the one thread of the processor that opened it, as Axon's processors do. */
    private final class Reader implements TrackingEventStream {

        private TrackingToken lastToken;
        private Stream<? extends TrackedEventMessage<?>> batches;
        private Iterator<? extends TrackedEventMessage<?>> events;
        private TrackedEventMessage<?> next;
        /** The commits counted before the read that last found nothing: it saw every one of them. */
        private long drainedAt = -1;

        private Reader(TrackingToken lastToken) {
            this.lastToken = lastToken;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(hasNextAvailable() ? next : null);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            try {
                if (next == null && (events != null || commits != drainedAt)) {
                    read();
                }
                long left = unit.toNanos(timeout);
                while (next == null && left > 0) {
                    left = awaitCommitAfter(drainedAt, left);
                    read();
                }
                return next != null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("Interrupted while waiting for the next stored event");
                }
            }
            TrackedEventMessage<?> event = next;
            next = null;
            lastToken = event.trackingToken();
            return event;
        }

        /** Takes the next event of the open batches, or opens them again after the last token. */
        private void read() {
            long before = commits;
            if (events == null) {
                batches = storage.readEvents(lastToken, false);
                events = batches.iterator();
            }
            if (events.hasNext()) {
                next = events.next();
            } else {
                drainedAt = before;
                close();
            }
        }

        @Override
        public void close() {
            if (batches != null) {
                batches.close();
            }
            batches = null;
            events = null;
        }
    }
}
