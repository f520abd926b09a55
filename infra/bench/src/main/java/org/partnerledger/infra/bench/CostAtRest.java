package org.partnerledger.infra.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What the whole system costs while nobody uses it, as a laptop or a small shared server runs it all day: the CPU
 * time of every part over a quiet window, in cores (CPU seconds a second). Run after the load, once the system has
 * settled: a JVM just started still compiles what its idle loops run for many minutes, which costs more than the
 * loops themselves (docs/benchmarks.md, cost at rest); under load that code is compiled within seconds.
 */
final class CostAtRest {

    static final String SECTION = "8. cost at rest";
    private static final double TARGET_CORES = 0.02;

    private final CpuTime cpu;
    private final Duration settle;
    private final Duration window;
    private final Report report;

    CostAtRest(CpuTime cpu, Duration settle, Duration window, Report report) {
        this.cpu = cpu;
        this.settle = settle;
        this.window = window;
        this.report = report;
    }

    void run() throws InterruptedException {
        Benchmark.log("cost at rest: %d s to settle, then %d s of nothing", settle.toSeconds(), window.toSeconds());
        Thread.sleep(settle.toMillis());
        CpuTime.Sample before = cpu.sample();
        Map<String, Map<Long, Long>> wokenBefore = cpu.wakeups();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        CpuTime.Used used = cpu.sample().since(before);
        Map<String, Map<Long, Long>> wokenAfter = cpu.wakeups();
        double millis = (System.nanoTime() - start) / 1e6;
        long system = 0;
        for (Map.Entry<String, Long> part : used.byPart().entrySet()) {
            if (CpuTime.isSystemPart(part.getKey())) {
                system += part.getValue();
                report.add(Figure.of(SECTION, "at rest: " + part.getKey(), part.getValue() / millis, "cores"));
            }
        }
        report.add(Figure.of(SECTION, "at rest: the whole system", system / millis, "cores")
                .target("< %.2f cores".formatted(TARGET_CORES), Figure.Status.of(system / millis < TARGET_CORES))
                .note("services, identity provider, console, broker and PostgreSQL over %.0f s without a request"
                        .formatted(millis / 1000)));
        long woken = 0;
        for (Map.Entry<String, Map<Long, Long>> part : wokenAfter.entrySet()) {
            Map<Long, Long> earlier = wokenBefore.getOrDefault(part.getKey(), Map.of());
            // A process started within the window woke only within it.
            long times = part.getValue().entrySet().stream()
                    .mapToLong(process -> process.getValue() - earlier.getOrDefault(process.getKey(), 0L)).sum();
            woken += times;
            report.add(Figure.of(SECTION, "wakeups at rest: " + part.getKey(), times / (millis / 1000), "/s"));
        }
        report.add(Figure.of(SECTION, "wakeups at rest: the whole system", woken / (millis / 1000), "/s")
                .note("threads woken over the same window; unlike their CPU time, not moved by the machine's load"));
    }
}
