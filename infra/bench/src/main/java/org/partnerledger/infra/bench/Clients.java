package org.partnerledger.infra.bench;

import org.partnerledger.infra.identity.SignedInUser;

/**
 * The services' HTTP endpoints as the harness calls them, signed in at the system's identity provider as
 * {@code ./run token} signs in: the API as the demo coordinator, whose organisation ({@code abc}) coordinates every
 * partnership the harness forms or seeds, and the actuator beyond health as the demo admin.
 */
record Clients(Http command, Http query, Http commandActuator, Http queryActuator) {

    static Clients signedIn(BenchedSystem.Endpoints endpoints) {
        SignedInUser coordinator = new SignedInUser(endpoints.issuer(), "coordinator");
        SignedInUser admin = new SignedInUser(endpoints.issuer(), "admin");
        return new Clients(new Http(endpoints.command(), coordinator), new Http(endpoints.query(), coordinator),
                new Http(endpoints.command(), admin), new Http(endpoints.query(), admin));
    }
}
