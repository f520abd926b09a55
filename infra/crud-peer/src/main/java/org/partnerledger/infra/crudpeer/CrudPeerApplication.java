package org.partnerledger.infra.crudpeer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The decision endpoint as most teams would build it instead of event sourcing: Spring MVC over JDBC, the current
 * state in tables and an audit_log row beside every change. The benchmark measures it next to PartnerLedger, so it
 * runs on the same stack (Tomcat, Hikari, PostgreSQL, JWT resource server) and answers the same bodies and codes.
 */
@SpringBootApplication
public class CrudPeerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrudPeerApplication.class, args);
    }

    /**
     * Every request but the health probe carries a bearer JWT of the configured issuer. No sessions, and so no
     * cookies for CSRF to forge with: the resource server's default, minus the open probe.
     */
    @Bean
    SecurityFilterChain bearerTokensOnly(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }
}
