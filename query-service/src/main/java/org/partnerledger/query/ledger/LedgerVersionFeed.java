package org.partnerledger.query.ledger;

import jakarta.annotation.PreDestroy;
import org.partnerledger.web.security.Caller;
import org.partnerledger.web.security.PartnershipDirectory;
import org.partnerledger.web.security.Standing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Announces each new version of a partnership's ledger to the streams open on it. One thread reads the versions of
 * every partnership with an open stream in one query per tick (every {@code partnerledger.events.poll}) from
 * {@code ledger_state}, which every instance of the service writes and reads alike: no broker of its own, and a
 * client may be served by any instance. A stream hears the version it opened at first, then each later one (a
 * burst of versions within a tick is announced as its last), a comment as a heartbeat when nothing happened for
 * a while, and ends after its timeout: the client reconnects. With each heartbeat the caller's standing is read
 * again, and a stream whose caller the partnership no longer admits as a reader ends then. The streams end first
 * when the service stops: the web server's graceful shutdown would otherwise wait for each to time out. The thread
 * ticks only while a stream is open, so that an idle service does not wake four times a second for nothing.
 */
@Component
class LedgerVersionFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerVersionFeed.class);

    private static final Set<Standing> READERS = EnumSet.of(Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR);

    private final LedgerRepository ledgers;
    private final PartnershipDirectory directory;
    private final Clock clock;
    private final Duration timeout;
    private final Duration heartbeat;
    private final Duration poll;
    private final Map<SseEmitter, Stream> streams = new ConcurrentHashMap<>();
    /** Scheduled while a stream is open; guarded by this. */
    private ScheduledFuture<?> ticking;
    private volatile boolean running;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledger-version-feed");
        thread.setDaemon(true);
        return thread;
    });

    LedgerVersionFeed(LedgerRepository ledgers, PartnershipDirectory directory, Clock clock,
                      @Value("${partnerledger.events.poll:250ms}") Duration poll,
                      @Value("${partnerledger.events.timeout:5m}") Duration timeout,
                      @Value("${partnerledger.events.heartbeat:15s}") Duration heartbeat) {
        this.ledgers = ledgers;
        this.directory = directory;
        this.clock = clock;
        this.timeout = timeout;
        this.heartbeat = heartbeat;
        this.poll = poll;
    }

    /** A stream of the partnership's versions for the caller, the first being the one its ledger is at now. */
    SseEmitter open(UUID partnershipId, Caller caller) {
        return register(new SseEmitter(timeout.toMillis()), partnershipId, caller);
    }

    SseEmitter register(SseEmitter emitter, UUID partnershipId, Caller caller) {
        Stream stream = new Stream(partnershipId, caller, clock.instant());
        emitter.onCompletion(() -> streams.remove(emitter));
        emitter.onTimeout(() -> {
            streams.remove(emitter);
            emitter.complete();
        });
        emitter.onError(failure -> streams.remove(emitter));
        streams.put(emitter, stream);
        tickWhileOpen();
        return emitter;
    }

    private synchronized void tickWhileOpen() {
        if (ticking == null && !ticks.isShutdown()) {
            ticking = ticks.scheduleWithFixedDelay(this::tick, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the ticks when no stream is open; one opened meanwhile starts them again. */
    private synchronized boolean idle() {
        if (!streams.isEmpty()) {
            return false;
        }
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        return true;
    }

    int openStreams() {
        return streams.size();
    }

    void tick() {
        try {
            if (idle()) {
                return;
            }
            Set<UUID> partnerships = streams.values().stream().map(Stream::partnershipId).collect(Collectors.toSet());
            Map<UUID, Long> versions = ledgers.versions(partnerships);
            Instant now = clock.instant();
            streams.forEach((emitter, stream) -> announce(emitter, stream, versions.get(stream.partnershipId()), now));
        } catch (RuntimeException failure) {
            log.warn("Could not read the ledgers' versions for the open event streams", failure);
        }
    }

    private void announce(SseEmitter emitter, Stream stream, Long version, Instant now) {
        try {
            if (version != null && version > stream.announced) {
                emitter.send(SseEmitter.event().name("version").id(Long.toString(version))
                        .data(Map.of("version", version), MediaType.APPLICATION_JSON));
                stream.announced = version;
                stream.lastSentAt = now;
            } else if (!now.isBefore(stream.lastSentAt.plus(heartbeat))) {
                if (!admitted(stream)) {
                    streams.remove(emitter);
                    emitter.complete();
                    return;
                }
                emitter.send(SseEmitter.event().comment("heartbeat"));
                stream.lastSentAt = now;
            }
        } catch (IOException | IllegalStateException gone) {
            streams.remove(emitter);
            emitter.completeWithError(gone);
        }
    }

    private boolean admitted(Stream stream) {
        Caller caller = stream.caller;
        return caller.role() != null && caller.organisationId() != null && READERS.contains(Standing.towards(
                caller.role(), directory.capacities(stream.partnershipId.toString(), caller.organisationId())));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Before the web server's graceful shutdown (which has a lower phase), so that it has no stream to wait for. */
    @Override
    public void stop() {
        running = false;
        streams.keySet().forEach(emitter -> {
            streams.remove(emitter);
            emitter.complete();
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @PreDestroy
    void close() {
        ticks.shutdownNow();
        stop();
    }

    /** Mutated only on the feed's thread. */
    private static final class Stream {
        private final UUID partnershipId;
        private final Caller caller;
        private long announced = -1;
        private Instant lastSentAt;

        Stream(UUID partnershipId, Caller caller, Instant openedAt) {
            this.partnershipId = partnershipId;
            this.caller = caller;
            this.lastSentAt = openedAt;
        }

        UUID partnershipId() {
            return partnershipId;
        }
    }
}
