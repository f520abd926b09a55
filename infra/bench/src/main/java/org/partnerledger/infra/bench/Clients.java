package org.partnerledger.infra.bench;

import org.partnerledger.infra.identity.SignedInUser;

import java.net.URI;

/**
 * The services' HTTP endpoints as the harness calls them, signed in at the system's identity provider as
 * {@code ./run token} signs in: the API as the demo coordinator, whose organisation ({@code abc}) coordinates every
 * partnership the harness forms or seeds, and the actuator beyond health as the demo admin.
 */
record Clients(Http command, Http query, Http commandActuator, Http queryActuator) {

    static Clients signedIn(BenchedSystem.Endpoints endpoints) {
        return signedIn(endpoints.command(), endpoints.query(), endpoints.issuer());
    }

    static Clients signedIn(URI command, URI query, URI issuer) {
        SignedInUser coordinator = new SignedInUser(issuer, "coordinator");
        SignedInUser admin = new SignedInUser(issuer, "admin");
        return new Clients(new Http(command, coordinator), new Http(query, coordinator), new Http(command, admin),
                new Http(query, admin));
    }
}
