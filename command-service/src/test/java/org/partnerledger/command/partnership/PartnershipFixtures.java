package org.partnerledger.command.partnership;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.partnerledger.command.eventstore.CommandMetadataProvider;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.web.testing.TestCaller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A fixture of the partnership for the parts' tests in the sub-packages, which cannot name the package-private
 * root: a fixed clock, no decisions recorded, and a partnership formed by the partners named.
 */
public final class PartnershipFixtures {

    public static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    /** Noon UTC on 24 November 2026: still the 24th everywhere from UTC-12 to UTC+11, the 25th from UTC+12. */
    public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final Vision VISION = new Vision("Every family reaches a living wage", List.of("200 jobs"));
    public static final String PURPOSE = "Help working families reach economic self-sufficiency";

    /** The shared metric the tests' decisions, lessons and milestones name. */
    public static final String METRIC = "e1d2c3b4-a596-4877-9869-5a4b3c2d1e0f";
    /** {@link #METRIC} proposed: the root refuses commands that name a metric the partnership does not hold. */
    public static final MetricProposedEvent METRIC_PROPOSED = new MetricProposedEvent(ID, METRIC,
            "Adults placed in jobs", "Adults placed in a job paying a living wage", "INDIVIDUALS", BigDecimal.ZERO,
            BigDecimal.valueOf(200), LocalDate.of(2027, 12, 31), "UP", "abc", "Case files", "QUARTERLY",
            "BETTER_OFF", null);

    private PartnershipFixtures() {
    }

    public static AggregateTestFixture<?> partnershipFixture() {
        return at(NOW);
    }

    /** The partnership formed by these partners, the first of them its coordinator, with {@link #PURPOSE}. */
    public static PartnershipFormedEvent formedBy(String... partnerIds) {
        return new PartnershipFormedEvent(ID, "Working Families", VISION,
                Arrays.stream(partnerIds).map(PartnershipFixtures::partner).toList(), partnerIds[0], PURPOSE);
    }

    public static Partner partner(String id) {
        return new Partner(id, "Organisation " + id, Partner.derivedOrganisationId(id), null);
    }

    /** A fixture at a fixed instant, in which no decision is recorded. */
    public static AggregateTestFixture<?> at(Instant now) {
        AggregateTestFixture<Partnership> fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource((Decisions) (partnership, decision) -> false);
        return signedInAsCoordinator(fixture);
    }

    /** A command as the coordinator of {@code abc} sends it through the HTTP edge, for tests that go around it. */
    public static CommandMessage<?> fromCoordinator(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(sentBy(TestCaller.COORDINATOR));
    }

    /** The metadata of a command sent by this caller, as the HTTP edge would send it. */
    public static Map<String, Object> sentBy(TestCaller caller) {
        return Map.of(CommandMetadataProvider.ACTOR, caller.subject(), CommandMetadataProvider.ACTOR_ROLE,
                caller.role(), CommandMetadataProvider.ACTOR_ORGANISATION, caller.organisationId());
    }

    /**
     * Commands the test sends without a caller of its own come from the coordinator of {@code abc}, the partner
     * that coordinates the tests' partnerships.
     */
    public static <T> AggregateTestFixture<T> signedInAsCoordinator(AggregateTestFixture<T> fixture) {
        fixture.registerCommandDispatchInterceptor(messages -> (index, command) ->
                command.getMetaData().containsKey(CommandMetadataProvider.ACTOR_ROLE) ? command
                        : command.andMetaData(sentBy(TestCaller.COORDINATOR)));
        return fixture;
    }
}
