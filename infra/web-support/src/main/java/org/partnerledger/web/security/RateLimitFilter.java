package org.partnerledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Refuses a caller's requests beyond a number a minute with 429 and {@code Retry-After}: one instance counts per
 * client address before the token is read, another per subject after. Counts are per minute of the clock and kept
 * in memory, so each service instance limits on its own (ADR 14).
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String CODE = "RATE_LIMITED";
    private static final long MINUTE = 60_000;

    private final int perMinute;
    private final Function<HttpServletRequest, String> key;
    private final Problems problems;
    private final Clock clock;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long currentMinute;

    /**
     * @param name the filter's name: two instances of one class must differ in it, or the second would take the
     *             request for filtered already
     * @param key  whom a request counts against, or {@code null} for a request that counts against no one
     */
    RateLimitFilter(String name, int perMinute, Function<HttpServletRequest, String> key, Problems problems,
                    Clock clock) {
        setBeanName(name);
        this.perMinute = perMinute;
        this.key = key;
        this.problems = problems;
        this.clock = clock;
    }

    static RateLimitFilter perAddress(int perMinute, Problems problems, Clock clock) {
        return new RateLimitFilter("rateLimitPerAddress", perMinute, HttpServletRequest::getRemoteAddr, problems,
                clock);
    }

    static RateLimitFilter perUser(int perMinute, Problems problems, Clock clock) {
        return new RateLimitFilter("rateLimitPerUser", perMinute,
                request -> Caller.current().map(Caller::subject).orElse(null), problems, clock);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        String whom = key.apply(request);
        if (whom != null && count(now, whom) > perMinute) {
            long retryAfter = Math.max(1, (MINUTE - now % MINUTE + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(retryAfter));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, CODE,
                    "More than %d requests this minute; retry in %d s.".formatted(perMinute, retryAfter));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A new minute starts every count afresh, which also forgets the callers of the minute before. */
    private int count(long now, String whom) {
        long minute = now / MINUTE;
        if (minute != currentMinute) {
            synchronized (counts) {
                if (minute != currentMinute) {
                    counts.clear();
                    currentMinute = minute;
                }
            }
        }
        return counts.computeIfAbsent(whom, ignored -> new AtomicInteger()).incrementAndGet();
    }
}
