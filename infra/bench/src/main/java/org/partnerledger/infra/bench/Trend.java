package org.partnerledger.infra.bench;

import java.util.List;

/** Samples of one quantity over time, and how it moved: whether memory stayed flat during the soak. */
record Trend(List<Point> points) {

    /** A value at a time, in minutes since the start. */
    record Point(double minutes, double value) {
    }

    Trend between(double fromMinutes, double toMinutes) {
        return new Trend(points.stream()
                .filter(point -> point.minutes() >= fromMinutes && point.minutes() <= toMinutes).toList());
    }

    /** NaN when there are no points. */
    double mean() {
        return points.stream().mapToDouble(Point::value).average().orElse(Double.NaN);
    }

    /** The least-squares slope in value per minute; NaN with fewer than two distinct times. */
    double slopePerMinute() {
        double meanTime = points.stream().mapToDouble(Point::minutes).average().orElse(Double.NaN);
        double meanValue = mean();
        double covariance = 0;
        double variance = 0;
        for (Point point : points) {
            covariance += (point.minutes() - meanTime) * (point.value() - meanValue);
            variance += (point.minutes() - meanTime) * (point.minutes() - meanTime);
        }
        return variance > 0 ? covariance / variance : Double.NaN;
    }
}
