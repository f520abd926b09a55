package org.partnerledger.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The partnership's fixture for the tests of its parts, which live in sub-packages and cannot name the root. */
public final class PartnershipFixtures {

    private PartnershipFixtures() {
    }

    /** A fixture at a fixed instant, in which no decision is recorded. */
    public static AggregateTestFixture<?> at(Instant now) {
        AggregateTestFixture<Partnership> fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource((Decisions) (partnership, decision) -> false);
        return fixture;
    }
}
