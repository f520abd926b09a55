package org.partnerledger.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes while a load runs: the CPU time of each part of the system from {@code /proc}, so that
 * a latency can be read against how busy the cores were and who kept them busy.
 */
final class CpuTime {

    /** Linux counts CPU time in clock ticks, 100 a second on every kernel configuration in use. */
    private static final long MILLIS_PER_TICK = 10;

    private static final String OTHER = "other processes";
    private static final List<String> SERVICES = List.of("command-service", "query-service", "identity", "web-console");
    private static final String BROKER = "launcher (Kafka broker)";
    private static final String POSTGRES = "PostgreSQL";
    private static final String IDLE = "idle";

    private final BenchedSystem system;
    /** Processes the harness started beside the system (the peers), each a part of every later sample. */
    private final Map<String, Long> included = new ConcurrentHashMap<>();

    CpuTime(BenchedSystem system) {
        this.system = system;
    }

    void include(String part, long pid) {
        included.put(part, pid);
    }

    /** CPU milliseconds used so far by each part, and by the machine as a whole. */
    record Sample(Map<String, Long> byPart, long machineBusy, long machineTotal) {

        /** CPU milliseconds used between the earlier sample and this one. */
        Used since(Sample earlier) {
            Map<String, Long> used = new LinkedHashMap<>();
            long parts = 0;
            for (Map.Entry<String, Long> part : byPart.entrySet()) {
                long delta = part.getValue() - earlier.byPart().getOrDefault(part.getKey(), 0L);
                used.put(part.getKey(), delta);
                parts += delta;
            }
            long busy = machineBusy - earlier.machineBusy();
            used.put(OTHER, Math.max(0, busy - parts));
            used.put(IDLE, (machineTotal - earlier.machineTotal()) - busy);
            return new Used(used);
        }
    }

    /** CPU milliseconds used over a window by each part, then by other processes, then left idle. */
    record Used(Map<String, Long> byPart) {

        long busy() {
            return total() - byPart.getOrDefault(IDLE, 0L);
        }

        long total() {
            return byPart.values().stream().mapToLong(Long::longValue).sum();
        }

        /** One figure per part (idle included): its CPU time per unit of work, and its share of the machine. */
        void reportPer(String unitOfWork, long units, Report report, String section, String suffix) {
            if (units == 0) {
                return;
            }
            long total = total();
            byPart.forEach((part, millis) -> report.add(Figure.of(section,
                    "CPU per %s: %s%s".formatted(unitOfWork, part, suffix), (double) millis / units, "ms")
                    .note("%.0f %% of the machine's CPU time over the window"
                            .formatted(total == 0 ? 0 : 100.0 * millis / total))));
        }
    }

    /** Whether a part is one of the system's own processes (not the harness, other processes or idle time). */
    static boolean isSystemPart(String part) {
        return SERVICES.contains(part) || part.equals(BROKER) || part.equals(POSTGRES);
    }

    Sample sample() {
        return sample(Map.of());
    }

    /** As {@link #sample()}, with processes of the harness's own making (by name) as parts of their own. */
    Sample sample(Map<String, Long> morePids) {
        Map<String, Long> parts = new LinkedHashMap<>();
        systemProcesses().forEach((part, pids) -> pids.stream()
                .map(pid -> ofProcess(pid, part.equals(POSTGRES))).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).reduce(Long::sum)
                .ifPresent(ms -> parts.put(part, ms)));
        included.forEach((name, pid) -> ofProcess(pid, false).ifPresent(ms -> parts.put(name, ms)));
        morePids.forEach((name, pid) -> ofProcess(pid, false).ifPresent(ms -> parts.put(name, ms)));
        ofProcess(ProcessHandle.current().pid(), false).ifPresent(ms -> parts.put("harness", ms));
        long[] machine = machine();
        return new Sample(parts, machine[0], machine[1]);
    }

    /**
     * How often each of the system's own parts has woken so far: the voluntary context switches of all its threads.
     * At rest a wakeup is the unit of cost, and how many there are does not move with how busy the machine is, where
     * the CPU time each costs does, several times over between two runs of one morning (docs/benchmarks.md). By
     * part, then by process: a process that ends takes its count with it (a PostgreSQL backend), so a window counts
     * only the processes alive at its end.
     */
    Map<String, Map<Long, Long>> wakeups() {
        Map<String, Map<Long, Long>> parts = new LinkedHashMap<>();
        systemProcesses().forEach((part, pids) -> {
            Map<Long, Long> processes = new LinkedHashMap<>();
            pids.forEach(pid -> processes.put(pid, wakeupsOf(pid)));
            parts.put(part, processes);
        });
        return parts;
    }

    /** The processes of each of the system's own parts that are running: a service's one, PostgreSQL's many. */
    private Map<String, List<Long>> systemProcesses() {
        Map<String, List<Long>> parts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            system.pid(service).ifPresent(pid -> parts.put(service, List.of(pid)));
        }
        system.pid("launcher").ifPresent(pid -> parts.put(BROKER, List.of(pid)));
        parts.put(POSTGRES, system.postgresPids());
        return parts;
    }

    private static long wakeupsOf(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.mapToLong(thread -> {
                try (Stream<String> status = Files.lines(thread.resolve("status"))) {
                    return status.filter(line -> line.startsWith("voluntary_ctxt_switches:"))
                            .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim()))
                            .sum();
                } catch (IOException | UncheckedIOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
    }

    /** utime + stime, and with {@code withChildren} also those of exited children (PostgreSQL's backends). */
    private static OptionalLong ofProcess(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name may hold spaces; the fields after its closing parenthesis start with the state (3).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return OptionalLong.of(ticks * MILLIS_PER_TICK);
        } catch (IOException | RuntimeException gone) {
            return OptionalLong.empty();
        }
    }

    /** Busy and total CPU milliseconds of all cores, from the first line of /proc/stat. */
    private static long[] machine() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] ticks = Arrays.stream(cpu, 1, Math.min(cpu.length, 9)).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(ticks).sum();
            long idle = ticks[3] + ticks[4];
            return new long[]{(total - idle) * MILLIS_PER_TICK, total * MILLIS_PER_TICK};
        } catch (IOException e) {
            return new long[]{0, 0};
        }
    }
}
