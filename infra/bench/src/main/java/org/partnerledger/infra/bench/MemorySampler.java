package org.partnerledger.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples each service's resident set and heap during the soak and reports whether they stayed flat: the means of
 * the first and the last minute, and the least-squares slope over the second half, since in the first half a JVM
 * still grows its heap towards its working size. What the heap really holds is measured at the start and the end,
 * each time right after a full collection: G1's own "live data" figure counts promoted garbage until its next
 * concurrent cycle, and so rose in a soak whose live heap was flat.
 */
final class MemorySampler {

    /** Above this a resident set or live heap is growing: more than 5 MiB over the second half of a 10-minute soak. */
    private static final double FLAT_MIB_PER_MINUTE = 1.0;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_INTERVAL = Duration.ofSeconds(10);

    private record Service(String name, Http http) {
    }

    private final BenchedSystem system;
    private final List<Service> services;
    private final Report report;
    private final Map<String, List<Trend.Point>> series = new LinkedHashMap<>();
    private final Map<String, Double> liveAtStart = new LinkedHashMap<>();
    private final Map<String, Double> liveAtEnd = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Duration interval;
    private long start;
    private double minutes;

    /** @param commandActuator and {@code queryActuator}: the services signed in as an admin, for their metrics */
    MemorySampler(BenchedSystem system, Http commandActuator, Http queryActuator, Report report) {
        this.system = system;
        this.services = List.of(new Service("command-service", commandActuator),
                new Service("query-service", queryActuator));
        this.report = report;
    }

    /** Samples about 30 times over the planned duration, at most every 10 s. */
    void start(Duration planned) {
        interval = Duration.ofMillis(Math.max(1_000, Math.min(MAX_INTERVAL.toMillis(), planned.toMillis() / 30)));
        liveHeap(liveAtStart);
        start = System.nanoTime();
        timer.scheduleAtFixedRate(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
        minutes = (System.nanoTime() - start) / 6e10;
        liveHeap(liveAtEnd);
    }

    /** Heap used right after a full collection ({@code jcmd <pid> GC.run}), of each service this harness can see. */
    private void liveHeap(Map<String, Double> into) {
        for (Service service : services) {
            Optional<Long> pid = system.pid(service.name());
            if (pid.isPresent() && fullCollection(pid.get())) {
                metric(service.http(), "jvm.memory.used?tag=area:heap").ifPresent(mib -> into.put(service.name(), mib));
            }
        }
    }

    private static boolean fullCollection(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "GC.run").redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            return jcmd.waitFor(1, TimeUnit.MINUTES) && jcmd.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void report() {
        double window = Math.min(1, minutes / 4);
        for (Service service : services) {
            report(service.name() + " resident", window, true, "VmRSS");
            report(service.name() + " heap used", window, false,
                    "sampled anywhere in the young-generation cycle, so noisy: no target");
            reportLiveHeap(service.name());
        }
    }

    private void reportLiveHeap(String service) {
        String name = service + " live heap after a full GC: growth";
        if (!liveAtStart.containsKey(service) || !liveAtEnd.containsKey(service) || minutes <= 0) {
            report.add(Figure.skipped(Soak.SECTION, name, "needs the service's pid and jcmd (a system this harness"
                    + " started, or --command-pid/--query-pid)"));
            return;
        }
        double growth = (liveAtEnd.get(service) - liveAtStart.get(service)) / minutes;
        report.add(Figure.of(Soak.SECTION, name, growth, "MiB/min")
                .target("~0 (|growth| < %.0f MiB/min)".formatted(FLAT_MIB_PER_MINUTE),
                        Figure.Status.of(Math.abs(growth) < FLAT_MIB_PER_MINUTE))
                .note("%s MiB at the start, %s MiB at the end (jcmd GC.run, then jvm.memory.used area=heap)"
                        .formatted(Report.number(liveAtStart.get(service)), Report.number(liveAtEnd.get(service)))));
    }

    private void report(String name, double window, boolean hasTarget, String about) {
        Trend trend = new Trend(series.getOrDefault(name, List.of()));
        Trend secondHalf = trend.between(minutes / 2, minutes);
        if (secondHalf.points().size() < 2) {
            report.add(Figure.skipped(Soak.SECTION, name + ": slope, 2nd half",
                    "fewer than two samples in the second half (" + about + ")"));
            return;
        }
        double slope = secondHalf.slopePerMinute();
        Figure figure = Figure.of(Soak.SECTION, name + ": slope, 2nd half", slope, "MiB/min")
                .note(("first %.0f s %s MiB, last %.0f s %s MiB (means); %d samples every %d s; %s").formatted(
                        window * 60, Report.number(trend.between(0, window).mean()), window * 60,
                        Report.number(trend.between(minutes - window, minutes).mean()), trend.points().size(),
                        interval.toSeconds(), about));
        if (hasTarget) {
            figure = figure.target("~0 (|slope| < %.0f MiB/min)".formatted(FLAT_MIB_PER_MINUTE),
                    Figure.Status.of(Math.abs(slope) < FLAT_MIB_PER_MINUTE));
        }
        report.add(figure);
    }

    private void sample() {
        double now = (System.nanoTime() - start) / 6e10;
        for (Service service : services) {
            system.pid(service.name()).flatMap(pid -> Memory.mebibytes(pid, "VmRSS"))
                    .ifPresent(mib -> add(service.name() + " resident", now, mib));
            metric(service.http(), "jvm.memory.used?tag=area:heap")
                    .ifPresent(mib -> add(service.name() + " heap used", now, mib));
        }
    }

    private void add(String name, double minutes, double mebibytes) {
        series.computeIfAbsent(name, key -> new ArrayList<>()).add(new Trend.Point(minutes, mebibytes));
    }

    /** An actuator metric in bytes, as MiB; empty when the service does not have it. */
    private static Optional<Double> metric(Http http, String nameAndTags) {
        Http.Answer answer = http.get("/actuator/metrics/" + nameAndTags);
        if (!answer.ok()) {
            return Optional.empty();
        }
        try {
            JsonNode value = JSON.readTree(answer.body()).path("measurements").path(0).path("value");
            return value.isNumber() ? Optional.of(value.asDouble() / (1024 * 1024)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
