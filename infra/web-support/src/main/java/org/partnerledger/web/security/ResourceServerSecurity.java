package org.partnerledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

/**
 * Makes a service an OAuth2 resource server that denies by default: the API answers only valid bearer tokens from
 * the configured issuer and audience (Spring Boot's {@code spring.security.oauth2.resourceserver.jwt} properties),
 * and only to callers whose standing a handler's {@link Allow} names; health and the OpenAPI document stay open,
 * the rest of the actuator is for admins, and anything else answers no one. Refusals are problem+json and audited.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerSecurity implements WebMvcConfigurer {

    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    private static final String ADMIN = "ROLE_" + Role.ADMIN.claim();

    private final PartnershipDirectory directory;

    ResourceServerSecurity(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ObjectMapper json,
                                    AuditTrail trail, JwtDecoder decoder) throws Exception {
        Problems problems = new Problems(json);
        Clock clock = Clock.systemUTC();
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(cors(properties)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(ADMIN)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(new VerifiedTokens(decoder, clock))
                                .jwtAuthenticationConverter(roleAuthorities()))
                        .authenticationEntryPoint((request, response, failure) -> {
                            challenge.commence(request, response, failure);
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED,
                                    "A valid bearer token from PartnerLedger's identity provider is required.");
                        }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        problems.write(request, response, HttpStatus.FORBIDDEN, AccessRejection.FORBIDDEN_CODE,
                                "Your role does not reach this.")))
                .addFilterAfter(new AuditFilter(trail), SecurityContextHolderFilter.class)
                .addFilterBefore(RateLimitFilter.perAddress(properties.rateLimit().perAddress(), problems, clock),
                        BearerTokenAuthenticationFilter.class)
                .addFilterAfter(RateLimitFilter.perUser(properties.rateLimit().perUser(), problems, clock),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** The firewall's rules as Spring's, checked without its regular expressions (ADR 23). */
    @Bean
    HttpFirewall firewall() {
        return HeaderChecks.firewall();
    }

    /**
     * Spring Security's own observations wrap each of its filters, the authentication and the authorization in a
     * timed observation of its own: a tenth of a command's CPU (ADR 23). {@code http.server.requests} still times
     * every request from end to end.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc) {
        return new AuditTrail(jdbc);
    }

    @Bean
    AuditLogController auditLogController(AuditTrail trail) {
        return new AuditLogController(trail);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessInterceptor(directory)).addPathPatterns("/api/**");
    }

    /** The token's {@code role} becomes the one authority {@code ROLE_<role>}, for the actuator's rule. */
    private static JwtAuthenticationConverter roleAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Caller.ROLE_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private static CorsConfigurationSource cors(SecurityProperties properties) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(properties.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key",
                "X-Correlation-Id"));
        configuration.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Correlation-Id"));
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }
}
