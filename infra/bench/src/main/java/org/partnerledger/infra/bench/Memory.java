package org.partnerledger.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Resident set sizes from {@code /proc/<pid>/status}: VmRSS when the system is at rest, and VmHWM, the kernel's
 * high-water mark of the resident set, as the peak once every load has run.
 */
final class Memory {

    static final String SECTION = "6. memory";
    static final double TARGET_MIB = 512;
    private static final List<String> SERVICES = List.of("command-service", "query-service");

    private final BenchedSystem system;
    private final Report report;
    private final Map<String, Double> atRest = new LinkedHashMap<>();

    Memory(BenchedSystem system, Report report) {
        this.system = system;
        this.report = report;
    }

    void recordAtRest() {
        for (String process : List.of("command-service", "query-service", "launcher")) {
            system.pid(process).ifPresent(pid -> mebibytes(pid, "VmRSS").ifPresent(mib -> atRest.put(process, mib)));
        }
    }

    void reportPeaks() {
        String heap = String.join(" ", system.serviceJavaOptions());
        for (String process : List.of("command-service", "query-service", "launcher")) {
            var pid = system.pid(process);
            if (pid.isEmpty()) {
                report.add(Figure.skipped(SECTION, process + " resident at peak", "process not found; pass"
                        + " --command-pid/--query-pid when measuring a system started elsewhere"));
                continue;
            }
            if (atRest.containsKey(process)) {
                report.add(Figure.of(SECTION, process + " resident at rest", atRest.get(process), "MiB"));
            }
            double peak = mebibytes(pid.get(), "VmHWM").orElse(Double.NaN);
            Figure figure = Figure.of(SECTION, process + " resident at peak", peak, "MiB");
            if (SERVICES.contains(process)) {
                figure = figure.target("< 512 MiB", Figure.Status.of(peak < TARGET_MIB))
                        .note("VmHWM over the whole run; JVM options: " + heap);
            } else {
                figure = figure.note("the launcher JVM, which hosts the embedded Kafka broker (-Xmx512m)");
            }
            report.add(figure);
        }
    }

    /** A field of /proc/<pid>/status in MiB, e.g. VmRSS or VmHWM. */
    static Optional<Double> mebibytes(long pid, String field) {
        OptionalLong kib = kibibytes(pid, field);
        return kib.isPresent() ? Optional.of(kib.getAsLong() / 1024.0) : Optional.empty();
    }

    private static OptionalLong kibibytes(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
