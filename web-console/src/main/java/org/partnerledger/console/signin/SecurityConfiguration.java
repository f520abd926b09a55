package org.partnerledger.console.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Sign-in by OpenID Connect (authorization code with PKCE), sign-out at the provider too, CSRF on every form (the
 * default) and a Content-Security-Policy that allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations,
                                @Value("${partnerledger.console.issuer}") URI issuer)
            throws Exception {
        OidcClientInitiatedLogoutSuccessHandler providerLogout =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.userInfoEndpoint(info -> info.userAuthoritiesMapper(roleFromClaim())))
                .logout(logout -> logout.logoutSuccessHandler(providerLogout))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy(issuer))))
                .build();
    }

    /**
     * Scripts only from the console's own files. Styles may be inline because ECharts positions its tooltips with
     * style attributes; no page writes data into a style. Forms may also post to the provider: signing out ends
     * with a redirect there, and Chromium holds such redirects to form-action.
     */
    private static String policy(URI issuer) {
        String provider = issuer.getScheme() + "://" + issuer.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + provider;
    }

    /** The provider states the PartnerLedger role in the ID token's {@code role} claim (docs/security.md). */
    private static GrantedAuthoritiesMapper roleFromClaim() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc && oidc.getIdToken().hasClaim("role")) {
                    mapped.add(new SimpleGrantedAuthority("ROLE_" + oidc.getIdToken().getClaimAsString("role")));
                }
            }
            return mapped;
        };
    }
}
