package org.partnerledger.console.dashboard;

import org.partnerledger.console.api.ServiceRefused;
import org.partnerledger.console.api.Services;
import org.partnerledger.console.chart.Charts;
import org.partnerledger.console.command.CommandCatalog;
import org.partnerledger.console.signin.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A partnership's dashboard: its health evidence per practice, figures, charts, actions and open conflicts, review
 * rounds and what partners bring, each with the forms that act on it, now or
 * as it stood on a day or at a version. Funders never reach it: the services answer them 403 or 404.
 */
@Controller
class DashboardController {

    private static final List<String> STATUS_ORDER = List.of("OVERDUE", "OPEN", "COMPLETED", "CANCELLED");

    private final Services services;
    private final CommandCatalog catalog;
    private final Clock clock;

    DashboardController(Services services, CommandCatalog catalog, Clock clock) {
        this.services = services;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/partnerships/{partnershipId}")
    @SuppressWarnings("unchecked")
    String dashboard(@PathVariable UUID partnershipId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     @RequestParam(required = false) Long atVersion,
                     @RequestParam(required = false) Long minVersion,
                     @ModelAttribute("viewer") Viewer viewer, Model model) {
        PointInTime when = PointInTime.of(asOf, atVersion);
        Map<String, Object> parameters = new HashMap<>(when.parameters(clock));
        if (when.live() && minVersion != null) {
            parameters.put("minVersion", minVersion);
        }
        String base = "/api/partnerships/" + partnershipId;
        Map<String, Object> dashboard;
        try {
            dashboard = services.query(base + "/dashboard", parameters);
        } catch (ServiceRefused refused) {
            if (minVersion != null && refused.problem().status() == 404) {
                // A partnership formed a moment ago admits its people once the read side has its access.
                return "pending";
            }
            throw refused;
        }
        Map<String, Object> metrics = services.query(base + "/metrics", parameters);
        List<String> charts = new ArrayList<>();
        charts.add(Charts.json(Charts.actionsByStatus((Map<String, Object>) dashboard.get("actions"))));
        for (Map<String, Object> metric : (List<Map<String, Object>>) metrics.get("metrics")) {
            charts.add(Charts.json(Charts.metric(metric)));
        }
        model.addAttribute("partnershipId", partnershipId);
        model.addAttribute("when", when);
        model.addAttribute("asOf", asOf);
        model.addAttribute("atVersion", atVersion);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("health", services.query(base + "/health", parameters));
        model.addAttribute("actions", byStatusAndDueDate(
                (List<Map<String, Object>>) services.query(base + "/action-register", parameters).get("actions")));
        model.addAttribute("conflicts", openConflicts(services.query(base + "/conflict-register", parameters)));
        model.addAttribute("meetings", services.query(base + "/meetings", parameters).get("meetings"));
        model.addAttribute("raci", services.query(base + "/raci", parameters).get("areas"));
        model.addAttribute("stories", services.query(base + "/stories", parameters).get("stories"));
        model.addAttribute("agreements", services.query(base + "/agreements", parameters).get("agreements"));
        model.addAttribute("reviewRounds", services.query(base + "/reviews", parameters).get("rounds"));
        model.addAttribute("assets", currentAssets(services.query(base + "/assets", parameters)));
        model.addAttribute("metrics", metrics.get("metrics"));
        model.addAttribute("charts", charts);
        model.addAttribute("forms", catalog.partnershipForms(viewer.coordinates()));
        return "dashboard";
    }

    private static List<Map<String, Object>> byStatusAndDueDate(List<Map<String, Object>> actions) {
        return actions.stream().sorted(Comparator
                        .<Map<String, Object>>comparingInt(action -> STATUS_ORDER.indexOf(action.get("status")))
                        .thenComparing(action -> String.valueOf(action.get("dueDate"))))
                .toList();
    }

    /** The entries of what partners bring that stand: a withdrawn one is history. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> currentAssets(Map<String, Object> register) {
        List<Map<String, Object>> assets = (List<Map<String, Object>>) register.get("assets");
        return assets == null ? List.of()
                : assets.stream().filter(asset -> !Boolean.TRUE.equals(asset.get("withdrawn"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> openConflicts(Map<String, Object> register) {
        return ((List<Map<String, Object>>) register.get("conflicts")).stream()
                .filter(conflict -> !"RESOLVED".equals(conflict.get("status")))
                .toList();
    }

}
