package org.partnerledger.infra.bench;

import java.util.List;

/**
 * A service's own timers, read from its {@code /actuator/prometheus} before and after a measured window: where the
 * harness's latencies say how long something took, these say how much of it the service itself spent, and how busy
 * a single-threaded consumer was.
 */
final class ServiceMetrics {

    /** Sum and count of a Prometheus summary, over the series whose labels contain every given fragment. */
    record Timer(double seconds, double count) {

        Timer minus(Timer earlier) {
            return new Timer(seconds - earlier.seconds, count - earlier.count);
        }

        double meanMillis() {
            return count > 0 ? 1000 * seconds / count : Double.NaN;
        }
    }

    private final Http http;

    /** @param actuator the service, signed in as an admin: the actuator beyond health is theirs */
    ServiceMetrics(Http actuator) {
        this.http = actuator;
    }

    /** Empty (zero) when the service does not answer. */
    Timer timer(String name, List<String> labelFragments) {
        Http.Answer answer = http.get("/actuator/prometheus");
        if (!answer.ok()) {
            return new Timer(0, 0);
        }
        double seconds = 0;
        double count = 0;
        for (String line : answer.body().split("\n")) {
            if (line.startsWith("#") || !labelFragments.stream().allMatch(line::contains)) {
                continue;
            }
            if (line.startsWith(name + "_sum{")) {
                seconds += value(line);
            } else if (line.startsWith(name + "_count{")) {
                count += value(line);
            }
        }
        return new Timer(seconds, count);
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
