package org.partnerledger.infra.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the harness was asked for: {@code --name=value} arguments, each also readable from the environment as
 * {@code BENCH_NAME} (upper case, dashes as underscores); an argument wins over the environment.
 */
record Options(boolean smoke, Set<String> sections, Path root, Path resultsDirectory, boolean keepData,
               Map<String, String> values) {

    static final List<String> SECTIONS =
            List.of("rest", "raw-postgres", "raw-kafka", "commands", "lag", "mix", "histories", "rebuild", "soak",
                    "memory");
    /** The soak takes ten minutes on its own, so a full run leaves it out unless asked; a smoke run includes it. */
    private static final List<String> FULL_RUN_SECTIONS = SECTIONS.stream()
            .filter(section -> !section.equals("soak")).toList();
    private static final Pattern DURATION = Pattern.compile("(\\d+)(s|m|h)?");

    static final String USAGE = """
            usage: ./bench [--smoke] [--sections=a,b] [--keep-data] [--name=value ...]
              --smoke              every section for a few seconds with tiny sizes (about 2 minutes)
              --sections=...       some of: %s (default: all but soak;
                                   --smoke includes a 20 s soak)
              --keep-data          keep the scratch data directory of the started system
            Against a running system instead of starting one (each also as BENCH_<NAME> in the environment):
              --command-url, --query-url, --command-jdbc, --query-jdbc, --jdbc-user, --jdbc-password,
              --bootstrap-servers, --command-pid, --query-pid (for resident memory), --issuer (its local identity
              provider, where the demo coordinator and admin sign in; default http://localhost:9000). Start its
              services with PARTNERLEDGER_RATE_LIMIT_PER_USER and _PER_ADDRESS far above the load, as ./bench does
            Ports of the started system: --postgres-port (15433), --kafka-port (19092), --kafka-controller-port
              (19093), --command-port (18080), --query-port (18081), --rebuild-port (18082), --identity-port (19000),
              --console-port (18083); of the peers: --crud-peer-port (18084), --axon-peer-port (18085)
            Other: --rebuild-events=N (default 1,000,000; smoke 10,000); --lag-peak=N (commands/s taken as the
              sustainable peak of 'lag' instead of searching for it: two builds compared at the same loads)
            Soak: --soak-duration=10m (default 10m, smoke 20s; s, m or h), --soak-rate=N (commands/s offered; default
              70%% of the 16-client peak of 'commands' in the same run, else of a closed-loop run of its own)
            """.formatted(String.join(",", SECTIONS));

    static Options parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        env.forEach((key, value) -> {
            if (key.startsWith("BENCH_") && !value.isBlank()) {
                values.put(key.substring(6).toLowerCase().replace('_', '-'), value);
            }
        });
        boolean smoke = false;
        boolean keepData = false;
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.equals("--keep-data")) {
                keepData = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        Set<String> sections = new LinkedHashSet<>(smoke ? SECTIONS : FULL_RUN_SECTIONS);
        if (values.containsKey("sections")) {
            sections = new LinkedHashSet<>(Arrays.asList(values.get("sections").split(",")));
            sections.removeIf(String::isBlank);
            for (String section : sections) {
                if (!SECTIONS.contains(section)) {
                    throw new IllegalArgumentException("unknown section '" + section + "'");
                }
            }
        }
        if (values.containsKey("soak-duration")) {
            parseDuration(values.get("soak-duration"));
        }
        if (values.containsKey("lag-peak") && !(parseRate(values.get("lag-peak")) > 0)) {
            throw new IllegalArgumentException("not a rate above 0: --lag-peak=" + values.get("lag-peak"));
        }
        Path root = Path.of(values.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path results = root.resolve(values.getOrDefault("results-dir", "bench-results"));
        return new Options(smoke, sections, root, results, keepData, Map.copyOf(values));
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    Optional<Duration> duration(String name) {
        return value(name).map(Options::parseDuration);
    }

    /** Commands a second, e.g. {@code 640}; NaN for what is not a number. */
    static double parseRate(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Whole seconds, minutes or hours, e.g. {@code 90s} or {@code 10m}; a bare number is seconds. */
    static Duration parseDuration(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 90s, 10m, 1h)");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2) == null ? "s" : matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    int port(String name, int defaultPort) {
        return value(name).map(Integer::parseInt).orElse(defaultPort);
    }

    /** True when the harness measures a system it did not start. */
    boolean external() {
        return values.containsKey("command-url");
    }
}
