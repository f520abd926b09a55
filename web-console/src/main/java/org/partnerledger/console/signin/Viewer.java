package org.partnerledger.console.signin;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Locale;
import java.util.Optional;

/** Who is looking at a page, from their ID token: what the layout shows and which forms it offers. */
public record Viewer(String subject, String name, String organisationName, Optional<Role> role) {

    public static Viewer of(OidcUser user) {
        String name = user.getClaimAsString("name");
        return new Viewer(user.getSubject(), name == null ? user.getSubject() : name,
                user.getClaimAsString("organisation_name"), Role.fromClaim(user.getClaimAsString("role")));
    }

    public boolean readsPartnerships() {
        return role.map(Role::readsPartnerships).orElse(false);
    }

    public boolean issuesCommands() {
        return role.map(Role::issuesCommands).orElse(false);
    }

    public boolean coordinates() {
        return role.filter(Role.COORDINATOR::equals).isPresent();
    }

    public boolean audits() {
        return role.filter(Role.AUDITOR::equals).isPresent();
    }

    public boolean funds() {
        return role.map(Role::seesImpactOnly).orElse(false);
    }

    public String roleName() {
        return role.map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("none");
    }
}
