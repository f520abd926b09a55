package org.partnerledger.command.partnership;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.events.Partner;
import org.partnerledger.events.Vision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerledger.command.partnership.PartnershipFixtures.fromCoordinator;

@TestPropertySource(properties = "partnerledger.snapshot-every=" + PartnershipSnapshotTest.SNAPSHOT_EVERY)
class PartnershipSnapshotTest extends RunningCommandService {

    static final int SNAPSHOT_EVERY = 10;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private Cache partnershipCache;

    @Test
    void aLongHistoryIsReadFromASnapshotThatStillDecidesLikeTheEvents() {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(fromCoordinator(new FormPartnershipCommand(id, "Long history",
                new Vision("A vision", List.of()),
                List.of(new Partner("abc", "ABC", Partner.derivedOrganisationId("abc"), null),
                        new Partner("rcsd", "Schools", Partner.derivedOrganisationId("rcsd"), null)), "abc", null)));
        String decision = null;
        for (int i = 0; i < SNAPSHOT_EVERY; i++) {
            decision = UUID.randomUUID().toString();
            commands.sendAndWait(fromCoordinator(new RecordDecisionCommand(id, null, decision, "Decision " + i, "Why",
                    List.of("abc"))));
        }

        // Snapshots are taken after the commit, on the snapshotter's own thread.
        DomainEventMessage<?> first = await().atMost(Duration.ofSeconds(10))
                .until(() -> eventStore.readEvents(id).next(), event -> event.getPayloadType() == Partnership.class);

        assertThat(first.getSequenceNumber()).isGreaterThanOrEqualTo(SNAPSHOT_EVERY - 1);
        assertThat(first.getPayload()).isInstanceOf(Partnership.class);
        partnershipCache.removeAll(); // so the next command loads the partnership from its snapshot
        CommandResult assigned = commands.sendAndWait(fromCoordinator(new AssignActionCommand(id, null,
                UUID.randomUUID().toString(), "Follow up", "abc", "rcsd", List.of(), List.of(),
                LocalDate.now().plusDays(1), decision)));
        assertThat(assigned.version()).isEqualTo(SNAPSHOT_EVERY + 1);
    }
}
