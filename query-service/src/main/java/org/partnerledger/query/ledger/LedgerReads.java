package org.partnerledger.query.ledger;

import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.EventLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partnership's ledger as a read asks for it: as it is now, at least at a version the client just wrote
 * ({@code minVersion}, waited for a bounded time), or as it was at an instant ({@code asOf}) or a version
 * ({@code atVersion}), folded from the history with the live fold.
 */
@Component
class LedgerReads {

    private static final Duration POLL = Duration.ofMillis(20);

    private final LiveLedgers live;
    private final EventLog history;
    private final Clock clock;
    private final Duration patience;

    LedgerReads(LiveLedgers live, EventLog history, Clock clock,
                @Value("${partnerledger.reads.min-version-wait:2s}") Duration patience) {
        this.live = live;
        this.history = history;
        this.clock = clock;
        this.patience = patience;
    }

    /**
     * @param ledger the ledger read
     * @param at     the instant its day-dependent figures are for
     * @param stale  whether a {@code minVersion} asked for did not arrive in time
     */
    record Read(Ledger ledger, Instant at, boolean stale) {
    }

    Read read(UUID partnershipId, String asOf, Long atVersion, Long minVersion) {
        if (asOf != null && atVersion != null) {
            throw LedgerRejection.invalidParameter("Ask for asOf or atVersion, not both.");
        }
        if ((asOf != null || atVersion != null) && minVersion != null) {
            throw LedgerRejection.invalidParameter("minVersion asks for the present; asOf and atVersion for the past.");
        }
        if (asOf != null) {
            Instant instant = instant(asOf);
            return new Read(folded(partnershipId, history.upTo(partnershipId, instant)), instant, false);
        }
        if (atVersion != null) {
            Ledger ledger = folded(partnershipId, history.upToVersion(partnershipId, atVersion));
            return new Read(ledger, ledger.lastEventAt, false);
        }
        if (minVersion == null) {
            return new Read(live.find(partnershipId).orElseThrow(() -> new PartnershipNotFoundException(partnershipId)),
                    clock.instant(), false);
        }
        // The version the wait saw last is the one read: asking it again would cost a second query.
        Optional<Long> seen = awaitVersion(partnershipId, minVersion);
        Ledger ledger = seen.flatMap(version -> live.at(partnershipId, version))
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
        return new Read(ledger, clock.instant(), seen.get() < minVersion);
    }

    private static Ledger folded(UUID partnershipId, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            throw new PartnershipNotFoundException(partnershipId);
        }
        return LedgerFold.fold(Ledger.of(partnershipId.toString()), events);
    }

    /** Waits, within patience, for the live ledger to reach the version; the version it was at last (if known). */
    private Optional<Long> awaitVersion(UUID partnershipId, long minVersion) {
        Instant deadline = clock.instant().plus(patience);
        while (true) {
            Optional<Long> version = live.version(partnershipId);
            if (version.isPresent() && version.get() >= minVersion || !clock.instant().isBefore(deadline)) {
                return version;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return version;
            }
        }
    }

    private Instant instant(String asOf) {
        try {
            Instant instant = OffsetDateTime.parse(asOf).toInstant();
            if (instant.isAfter(clock.instant())) {
                throw LedgerRejection.invalidParameter("asOf is in the future: ask without it for the present.");
            }
            return instant;
        } catch (DateTimeParseException unreadable) {
            throw LedgerRejection.invalidParameter("asOf must be an instant such as 2027-01-05T15:00:00Z.");
        }
    }
}
