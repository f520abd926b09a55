package org.partnerledger.query.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps the profile of whoever sends a request with a valid token, before it is answered, so that what the request
 * reads already shows their name as their token gives it.
 */
class ProfileFromToken extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ProfileFromToken.class);

    private final PersonProfiles profiles;

    ProfileFromToken(PersonProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken authentication
                && authentication.getToken().getSubject() != null) {
            keep(authentication.getToken());
        }
        chain.doFilter(request, response);
    }

    /** A profile that could not be written is tried again with the person's next request; this one is answered. */
    private void keep(Jwt token) {
        try {
            Profile.of(token).ifPresent(profile -> profiles.keep(token.getSubject(), profile));
        } catch (RuntimeException failed) {
            log.warn("Could not keep the profile of subject {}", token.getSubject(), failed);
        }
    }
}
