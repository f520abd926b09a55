package org.partnerledger.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Clients that each send their next turn as soon as the previous one is answered: a turn is one request or a few in
 * a row (a meeting, then its minutes), each counted under its type. Turns begun in the warm-up are not counted.
 */
final class ClosedLoop {

    /** One request of a turn: its type, its answer, and whether that answer is the expected one. */
    record Request(String type, Http.Answer answer, boolean expected) {
    }

    /**
     * What a run measured: {@code answered} requests answered as expected in the measured window, their latencies
     * in all and by type, and {@code cpu}, where the machine's CPU went over the window.
     */
    record Run(long answered, double throughput, Latencies latencies, Map<String, Latencies> byType, long errors,
               String lastError, CpuTime.Used cpu) {
    }

    private ClosedLoop() {
    }

    static Run run(CpuTime cpu, int clients, Supplier<List<Request>> turn, Duration warmup, Duration measured)
            throws Exception {
        Latencies latencies = new Latencies();
        Map<String, Latencies> byType = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        String[] lastError = new String[1];
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            counts.add(threads.submit(() -> {
                long done = 0;
                while (System.nanoTime() < measureUntil) {
                    long start = System.nanoTime();
                    List<Request> requests = turn.get();
                    if (start < measureFrom) {
                        continue;
                    }
                    for (Request request : requests) {
                        if (request.expected()) {
                            latencies.recordNanos(request.answer().nanos());
                            byType.computeIfAbsent(request.type(), type -> new Latencies())
                                    .recordNanos(request.answer().nanos());
                            done++;
                        } else {
                            errors.incrementAndGet();
                            lastError[0] = request.type() + ": " + request.answer().status() + " "
                                    + request.answer().body();
                        }
                    }
                }
                return done;
            }));
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        CpuTime.Sample atStart = cpu.sample();
        long done = 0;
        for (Future<Long> count : counts) {
            done += count.get();
        }
        CpuTime.Used used = cpu.sample().since(atStart);
        threads.shutdown();
        return new Run(done, done / (measured.toNanos() / 1e9), latencies, new TreeMap<>(byType), errors.get(),
                lastError[0], used);
    }
}
