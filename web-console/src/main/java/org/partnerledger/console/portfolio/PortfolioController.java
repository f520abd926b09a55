package org.partnerledger.console.portfolio;

import org.partnerledger.console.api.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** Every partnership the user stands in, with its health: GET /api/portfolio of query-service. */
@Controller
class PortfolioController {

    private final Services services;

    PortfolioController(Services services) {
        this.services = services;
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(defaultValue = "lastActivity") String sort,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("portfolio", services.query("/api/portfolio",
                Map.of("sort", sort, "page", page, "size", 20)));
        model.addAttribute("sort", sort);
        return "portfolio";
    }
}
