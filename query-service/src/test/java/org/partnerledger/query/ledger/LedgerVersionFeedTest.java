package org.partnerledger.query.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnerledger.web.security.Caller;
import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.security.PartnershipDirectory;
import org.partnerledger.web.security.Role;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/** What an open stream hears, tick by tick, from the versions the ledger table holds. */
class LedgerVersionFeedTest {

    private static final UUID PARTNERSHIP = UUID.fromString(Histories.PARTNERSHIP);
    private static final Caller AUDITOR = new Caller("auditor-1", Role.AUDITOR, "audit-org");

    private final LedgerRepository ledgers = mock(LedgerRepository.class);
    private final PartnershipDirectory directory = mock(PartnershipDirectory.class);
    private final MovingClock clock = new MovingClock();
    private final LedgerVersionFeed feed = new LedgerVersionFeed(ledgers, directory, clock, Duration.ofHours(1),
            Duration.ofMinutes(5), Duration.ofSeconds(15));
    private final SseEmitter emitter = mock(SseEmitter.class);

    @AfterEach
    void closeTheFeed() {
        feed.close();
    }

    @Test
    void aStreamHearsTheVersionItOpenedAtThenOnlyNewerOnes() throws Exception {
        feed.register(emitter, PARTNERSHIP, AUDITOR);
        atVersion(4);
        feed.tick();
        feed.tick();
        atVersion(6);
        feed.tick();

        assertThat(sent(2)).containsExactly("event:version\nid:4\ndata:" + Map.of("version", 4L),
                "event:version\nid:6\ndata:" + Map.of("version", 6L));
    }

    @Test
    void aSilentStreamHearsAHeartbeatWhileItsCallerIsStillAdmitted() throws Exception {
        admitted(EnumSet.of(Capacity.AUDITOR));
        feed.register(emitter, PARTNERSHIP, AUDITOR);
        atVersion(4);
        feed.tick();
        clock.advance(Duration.ofSeconds(15));
        feed.tick();

        assertThat(sent(2)).last().isEqualTo(":heartbeat");
        verify(emitter, never()).complete();
    }

    @Test
    void aStreamEndsAtTheHeartbeatAfterItsCallerLostTheirStanding() throws Exception {
        admitted(EnumSet.noneOf(Capacity.class));
        feed.register(emitter, PARTNERSHIP, AUDITOR);
        atVersion(4);
        feed.tick();
        clock.advance(Duration.ofSeconds(15));
        feed.tick();

        verify(emitter).complete();
        assertThat(feed.openStreams()).isZero();
    }

    @Test
    void aStreamTheClientLeftIsDropped() throws Exception {
        feed.register(emitter, PARTNERSHIP, AUDITOR);
        atVersion(4);
        doThrow(new IOException("Broken pipe")).when(emitter).send(any(SseEventBuilder.class));
        feed.tick();

        assertThat(feed.openStreams()).isZero();
    }

    @Test
    void stoppingTheServiceEndsEveryStream() {
        feed.register(emitter, PARTNERSHIP, AUDITOR);

        feed.stop();

        verify(emitter).complete();
        assertThat(feed.openStreams()).isZero();
    }

    @Test
    void theFeedTicksOnItsOwnOnlyWhileAStreamIsOpen() throws Exception {
        LedgerVersionFeed ticking = new LedgerVersionFeed(ledgers, directory, clock, Duration.ofMillis(10),
                Duration.ofMinutes(5), Duration.ofSeconds(15));
        try {
            atVersion(4);
            await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> verify(ledgers, never()).versions(any()));

            ticking.register(emitter, PARTNERSHIP, AUDITOR);
            verify(emitter, timeout(5_000)).send(any(SseEventBuilder.class));
        } finally {
            ticking.close();
        }
    }

    private void atVersion(long version) {
        given(ledgers.versions(Set.of(PARTNERSHIP))).willReturn(Map.of(PARTNERSHIP, version));
    }

    private void admitted(Set<Capacity> capacities) {
        given(directory.capacities(anyString(), anyString())).willReturn(capacities);
    }

    /** The events sent, as the stream's text (the data as the object given, written as JSON when sent). */
    private List<String> sent(int times) throws Exception {
        ArgumentCaptor<SseEventBuilder> events = ArgumentCaptor.forClass(SseEventBuilder.class);
        verify(emitter, times(times)).send(events.capture());
        return events.getAllValues().stream().map(event -> event.build().stream()
                .map(part -> String.valueOf(part.getData())).collect(Collectors.joining()).strip())
                .toList();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2027-01-05T15:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
