package org.partnerledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerledger.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the audit log entry of every API request that was denied (401, 403, 404, 429) and of every command that was
 * refused (any 4xx to a request that would change something). It runs inside the security filters, so it knows the
 * caller of a request their token let in and sees refusals made by any later filter or handler.
 */
class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Pattern PARTNERSHIP_PATH = Pattern.compile(
            "/api/partnerships/(\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12})(/.*)?");

    private final AuditTrail trail;

    AuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (denied(status) || (changes(request) && status >= 400 && status < 500)) {
                record(request, status);
            }
        }
    }

    /** A failure to write the log never turns the answer the caller already has into another one. */
    private void record(HttpServletRequest request, int status) {
        String path = request.getRequestURI();
        Matcher partnership = PARTNERSHIP_PATH.matcher(path);
        try {
            trail.record(Caller.current().orElse(null), request.getMethod(), path,
                    partnership.matches() ? partnership.group(1).toLowerCase(Locale.ROOT) : null, status,
                    ProblemResponses.notedCode(request));
        } catch (RuntimeException failed) {
            log.error("Could not write the audit log entry of {} {} ({})", request.getMethod(), path, status, failed);
        }
    }

    private static boolean denied(int status) {
        return status == 401 || status == 403 || status == 404 || status == 429;
    }

    private static boolean changes(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod());
    }
}
