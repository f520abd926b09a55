package org.partnerledger.infra.bench;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the soak's clients were told, by Idempotency-Key: a 2xx is ok, a 4xx refused, and anything else (a 5xx, a
 * timeout, no connection) an error whose outcome is unknown, since the command may or may not have taken effect.
 * Safe to record into from many threads.
 */
final class Outcomes {

    private final Set<String> ok = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final AtomicLong repeats = new AtomicLong();
    private final AtomicLong repeatsAnsweredOtherwise = new AtomicLong();
    private final AtomicLong repeatErrors = new AtomicLong();
    private volatile String lastError;

    void record(String key, Http.Answer answer) {
        if (answer.ok()) {
            ok.add(key);
        } else if (refused(answer)) {
            refused.add(key);
            lastError = answer.status() + " " + answer.body();
        } else {
            unknown.add(key);
            lastError = answer.status() + " " + answer.body();
        }
    }

    /** A second sending of an accepted command with its key must be answered as the first was. */
    void recordRepeat(Http.Answer first, Http.Answer again) {
        repeats.incrementAndGet();
        if (!again.ok() && !refused(again)) {
            repeatErrors.incrementAndGet();
            lastError = again.status() + " " + again.body();
        } else if (!again.ok() || !again.version().equals(first.version())) {
            repeatsAnsweredOtherwise.incrementAndGet();
        }
    }

    private static boolean refused(Http.Answer answer) {
        return answer.status() >= 400 && answer.status() < 500;
    }

    Set<String> ok() {
        return Collections.unmodifiableSet(ok);
    }

    Set<String> refused() {
        return Collections.unmodifiableSet(refused);
    }

    Set<String> unknown() {
        return Collections.unmodifiableSet(unknown);
    }

    long sent() {
        return ok.size() + refused.size() + unknown.size();
    }

    /** 5xx answers, timeouts and connection errors, repeats included. */
    long errors() {
        return unknown.size() + repeatErrors.get();
    }

    long repeats() {
        return repeats.get();
    }

    long repeatsAnsweredOtherwise() {
        return repeatsAnsweredOtherwise.get();
    }

    /** The last non-2xx answer, or null. */
    String lastError() {
        return lastError;
    }
}
