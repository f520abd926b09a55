package org.partnerledger.console.audit;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filters of api.md's "History filters"; blank ones are left out. */
public record HistoryFilters(List<String> type, String partner, String actor,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).toList());
        parameters.put("partner", partner);
        parameters.put("actor", actor);
        parameters.put("from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        parameters.put("to", to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        return parameters;
    }

    public String typeText() {
        return type == null ? "" : String.join(",", type);
    }
}
