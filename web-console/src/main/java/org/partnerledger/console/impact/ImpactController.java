package org.partnerledger.console.impact;

import org.partnerledger.console.api.Download;
import org.partnerledger.console.api.Services;
import org.partnerledger.console.chart.Charts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What funders see: the funder view of query-service (its own read model, which holds no conflict, minute or
 * decision: ADR 17) and the impact reports. Coordinators see it too, to know what their funders see.
 */
@Controller
class ImpactController {

    private final Services services;

    ImpactController(Services services) {
        this.services = services;
    }

    /** The partnerships the funder's organisation funds, to open; a reference given by a coordinator opens too. */
    @GetMapping("/impact")
    String choose(@RequestParam(required = false) UUID partnership, Model model) {
        if (partnership != null) {
            return "redirect:/partnerships/" + partnership + "/impact";
        }
        model.addAttribute("funded", services.queryList("/api/funded-partnerships"));
        return "impact-choose";
    }

    @GetMapping("/partnerships/{partnershipId}/impact")
    @SuppressWarnings("unchecked")
    String impact(@PathVariable UUID partnershipId, Model model) {
        Map<String, Object> view = services.query("/api/partnerships/" + partnershipId + "/funder-view", Map.of());
        List<String> charts = new ArrayList<>();
        for (Map<String, Object> metric : (List<Map<String, Object>>) view.get("metrics")) {
            charts.add(Charts.json(Charts.funderMetric(metric)));
        }
        model.addAttribute("view", view);
        model.addAttribute("charts", charts);
        model.addAttribute("partnershipId", partnershipId);
        return "impact";
    }

    @GetMapping("/partnerships/{partnershipId}/impact-report.{format:pdf|csv}")
    ResponseEntity<StreamingResponseBody> report(@PathVariable UUID partnershipId, @PathVariable String format)
            throws IOException {
        return Download.of(services.relay("/api/partnerships/" + partnershipId + "/impact-report." + format,
                Map.of(), "pdf".equals(format) ? "application/pdf" : "text/csv"));
    }
}
