package org.partnerledger.query.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.auditorGranted;
import static org.partnerledger.query.fixtures.SampleEvents.coordinatorAppointed;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/**
 * The list of partnerships shows each caller the partnerships they stand in, and no other: a coordinator those their
 * organisation coordinates or is a partner of, a member those it is a partner of, an auditor those that let it
 * audit. Other tests' partnerships share the service, so only these four are looked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipListTest extends RunningQueryService {

    /** {@code abc} coordinates, {@code rcsd} is a partner. */
    private static final UUID ABC_AND_RCSD = UUID.randomUUID();
    /** {@code rcsd} coordinates {@code county}: nothing of {@code abc}'s. */
    private static final UUID RCSD_AND_COUNTY = UUID.randomUUID();
    /** {@code abc} alone, audited. */
    private static final UUID AUDITED = UUID.randomUUID();
    /** Formed by {@code abc}, which handed coordination to {@code rcsd} and stayed a partner. */
    private static final UUID HANDED_OVER = UUID.randomUUID();
    private static final Set<UUID> THESE = Set.of(ABC_AND_RCSD, RCSD_AND_COUNTY, AUDITED, HANDED_OVER);

    @BeforeAll
    void fourPartnershipsAdmitTheirOrganisations() throws Exception {
        KAFKA.createTopicIfMissing();
        KAFKA.publish(producerRecord(formed(ABC_AND_RCSD), 0),
                producerRecord(formed(RCSD_AND_COUNTY, "rcsd", "rcsd", "county"), 0),
                producerRecord(formed(AUDITED, "abc", "abc"), 0), producerRecord(auditorGranted(AUDITED), 1),
                producerRecord(formed(HANDED_OVER), 0), producerRecord(coordinatorAppointed(HANDED_OVER, "rcsd"), 1));
        awaitProjected(ABC_AND_RCSD, 0);
        awaitProjected(RCSD_AND_COUNTY, 0);
        awaitProjected(AUDITED, 1);
        awaitProjected(HANDED_OVER, 1);
    }

    static Stream<Arguments> callersAndTheirPartnerships() {
        return Stream.of(
                arguments(TestCaller.COORDINATOR, Set.of(ABC_AND_RCSD, AUDITED, HANDED_OVER)),
                arguments(TestCaller.MEMBER, Set.of(ABC_AND_RCSD, AUDITED, HANDED_OVER)),
                arguments(TestCaller.OTHER_COORDINATOR, Set.of(ABC_AND_RCSD, RCSD_AND_COUNTY, HANDED_OVER)),
                arguments(TestCaller.OTHER_MEMBER, Set.of(ABC_AND_RCSD, RCSD_AND_COUNTY, HANDED_OVER)),
                arguments(TestCaller.AUDITOR, Set.of(AUDITED)),
                arguments(TestCaller.STRANGER, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersAndTheirPartnerships")
    void theListShowsACallerOnlyThePartnershipsTheyStandIn(TestCaller caller, Set<UUID> theirs) {
        List<UUID> listed = readAs(caller.bearer(), "/api/partnerships").getBody().findValuesAsText("partnershipId")
                .stream().map(UUID::fromString).toList();

        assertThat(listed).filteredOn(THESE::contains).containsExactlyInAnyOrderElementsOf(theirs);
    }
}
