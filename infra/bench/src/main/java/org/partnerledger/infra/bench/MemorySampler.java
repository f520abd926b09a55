package org.partnerledger.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
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
 * still grows its heap towards its working size.
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
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Duration interval;
    private long start;
    private double minutes;

    MemorySampler(BenchedSystem system, URI commandService, URI queryService, Report report) {
        this.system = system;
        this.services = List.of(new Service("command-service", new Http(commandService)),
                new Service("query-service", new Http(queryService)));
        this.report = report;
    }

    /** Samples about 30 times over the planned duration, at most every 10 s. */
    void start(Duration planned) {
        interval = Duration.ofMillis(Math.max(1_000, Math.min(MAX_INTERVAL.toMillis(), planned.toMillis() / 30)));
        start = System.nanoTime();
        timer.scheduleAtFixedRate(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
        minutes = (System.nanoTime() - start) / 6e10;
    }

    void report() {
        double window = Math.min(1, minutes / 4);
        for (Service service : services) {
            report(service.name() + " resident", window, true, "VmRSS");
            report(service.name() + " heap used", window, false,
                    "sampled anywhere in the young-generation cycle, so noisy: no target");
            report(service.name() + " heap after GC", window, true,
                    "jvm.gc.live.data.size, set when a collection shrinks the old generation");
        }
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
            metric(service.http(), "jvm.gc.live.data.size").filter(mib -> mib > 0)
                    .ifPresent(mib -> add(service.name() + " heap after GC", now, mib));
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
