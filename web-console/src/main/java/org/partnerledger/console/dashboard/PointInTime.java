package org.partnerledger.console.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which moment of a partnership a page shows: now, the end of a day (in UTC, as the services judge days) or the
 * state after a version. The services refuse an instant in the future, so today's end is taken as now.
 */
public record PointInTime(Optional<LocalDate> day, Optional<Long> version) {

    static PointInTime of(LocalDate day, Long version) {
        return new PointInTime(Optional.ofNullable(day), Optional.ofNullable(version));
    }

    public boolean live() {
        return day.isEmpty() && version.isEmpty();
    }

    /** The query parameters of api.md ({@code asOf} or {@code atVersion}); a version wins over a day. */
    Map<String, Object> parameters(Clock clock) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (version.isPresent()) {
            parameters.put("atVersion", version.get());
        } else if (day.isPresent()) {
            Instant endOfDay = day.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            Instant now = clock.instant();
            parameters.put("asOf", (endOfDay.isAfter(now) ? now : endOfDay).toString());
        }
        return parameters;
    }
}
