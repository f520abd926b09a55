package org.partnerledger.console.audit;

import org.partnerledger.console.api.Download;
import org.partnerledger.console.api.Services;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The history as a filterable timeline, of one partnership or of all the user's, and its exports (JSON Lines and
 * CSV) streamed through with the user's token. Days are whole days in UTC, as the services judge them.
 */
@Controller
class HistoryController {

    private static final int PAGE = 100;

    private final Services services;

    HistoryController(Services services) {
        this.services = services;
    }

    @GetMapping("/partnerships/{partnershipId}/history")
    String partnership(@PathVariable UUID partnershipId, HistoryFilters filters,
                       @RequestParam(required = false) Long after, Model model) {
        Map<String, Object> parameters = filters.parameters();
        parameters.put("limit", PAGE);
        parameters.put("after", after);
        Map<String, Object> history = services.query("/api/partnerships/" + partnershipId + "/history", parameters);
        List<?> events = (List<?>) history.get("events");
        model.addAttribute("events", events);
        model.addAttribute("partnershipId", partnershipId);
        model.addAttribute("filters", filters);
        model.addAttribute("next", events.size() == PAGE
                ? ((Map<?, ?>) events.get(events.size() - 1)).get("sequence") : null);
        model.addAttribute("exportBase", "/partnerships/" + partnershipId + "/history");
        return "history";
    }

    @GetMapping("/history")
    String all(HistoryFilters filters, @RequestParam(required = false) String after, Model model) {
        Map<String, Object> parameters = filters.parameters();
        parameters.put("limit", PAGE);
        parameters.put("after", after);
        Map<String, Object> history = services.query("/api/history", parameters);
        model.addAttribute("events", history.get("events"));
        model.addAttribute("partnershipId", null);
        model.addAttribute("filters", filters);
        model.addAttribute("next", history.get("next"));
        model.addAttribute("exportBase", "/history");
        return "history";
    }

    @GetMapping({"/partnerships/{partnershipId}/history/export.{format:jsonl|csv}", "/history/export.{format:jsonl|csv}"})
    ResponseEntity<StreamingResponseBody> export(@PathVariable(required = false) UUID partnershipId,
                                                 @PathVariable String format, HistoryFilters filters) throws IOException {
        String path = (partnershipId == null ? "/api" : "/api/partnerships/" + partnershipId)
                + "/history/export." + format;
        return Download.of(services.relay(path, filters.parameters(), "jsonl".equals(format)
                ? "application/jsonl" : "text/csv"));
    }
}
