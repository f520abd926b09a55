package org.partnerledger.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;

/**
 * A fixture of the partnership for the tests of its parts, which live in sub-packages and cannot name the root: its
 * clock fixed, and a stand-in for the decisions table that holds no decision.
 */
public final class PartnershipFixture {

    private PartnershipFixture() {
    }

    public static AggregateTestFixture<?> create(Clock clock) {
        AggregateTestFixture<Partnership> fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((Decisions) (partnership, decision) -> false);
        return fixture;
    }
}
