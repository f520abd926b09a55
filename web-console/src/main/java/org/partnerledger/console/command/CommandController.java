package org.partnerledger.console.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerledger.console.api.CommandAnswer;
import org.partnerledger.console.api.Problem;
import org.partnerledger.console.api.Services;
import org.partnerledger.console.command.CommandForm.Audience;
import org.partnerledger.console.signin.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Every command form, by one path: show the form, send its JSON to command-service with the user's token, and on
 * a refusal show the form again with the service's messages beside their fields. The console only hides what a
 * role may not use; the services decide, and their refusal is shown as it is.
 */
@Controller
class CommandController {

    private static final String FORMATION = "form-partnership";

    private final CommandCatalog catalog;
    private final Services services;
    private final ObjectMapper json = new ObjectMapper();

    CommandController(CommandCatalog catalog, Services services) {
        this.catalog = catalog;
        this.services = services;
    }

    @GetMapping("/partnerships/new")
    String formation(@ModelAttribute("viewer") Viewer viewer, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        return show(null, form(FORMATION), viewer, request, response, model);
    }

    @PostMapping("/partnerships/new")
    String form(@ModelAttribute("viewer") Viewer viewer, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        return submit(null, form(FORMATION), viewer, request, response, model, null);
    }

    @GetMapping("/partnerships/{partnershipId}/commands/{formId}")
    String show(@PathVariable UUID partnershipId, @PathVariable String formId,
                @ModelAttribute("viewer") Viewer viewer, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        return show(partnershipId, partnershipForm(formId), viewer, request, response, model);
    }

    @PostMapping("/partnerships/{partnershipId}/commands/{formId}")
    String submit(@PathVariable UUID partnershipId, @PathVariable String formId,
                  @ModelAttribute("viewer") Viewer viewer, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        return submit(partnershipId, partnershipForm(formId), viewer, request, response, model, redirect);
    }

    private String show(UUID partnershipId, CommandForm form, Viewer viewer, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        if (!mayIssue(form, viewer)) {
            return notYours(form, response, model);
        }
        return render(partnershipId, form, submitted(request), FormErrors.none(), model);
    }

    private String submit(UUID partnershipId, CommandForm form, Viewer viewer, HttpServletRequest request,
                          HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!mayIssue(form, viewer)) {
            return notYours(form, response, model);
        }
        Map<String, List<String>> submitted = submitted(request);
        FormJson.Mapped mapped = FormJson.map(form, submitted, zone(request.getParameter("_zone")));
        if (!mapped.errors().isEmpty()) {
            response.setStatus(400);
            return render(partnershipId, form, submitted, FormErrors.local(mapped.errors()), model);
        }
        Map<String, String> variables = new HashMap<>();
        form.itemVariables().forEach(name -> variables.put(name, request.getParameter(name)));
        variables.put("partnershipId", partnershipId == null ? null : partnershipId.toString());
        String path;
        try {
            path = form.resolve(variables);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        CommandAnswer answer = services.command(form.method(), path, text(mapped));
        if (answer.accepted()) {
            Object target = partnershipId != null ? partnershipId : answer.body().get("partnershipId");
            if (redirect != null) {
                redirect.addFlashAttribute("recorded", form.title());
            }
            return "redirect:/partnerships/" + target + answer.version().map(v -> "?minVersion=" + v).orElse("");
        }
        Problem problem = answer.problem().orElseThrow();
        response.setStatus(problem.status());
        Set<String> names = form.fields().stream().map(FormField::name).collect(Collectors.toSet());
        return render(partnershipId, form, submitted, FormErrors.of(problem, names), model);
    }

    private String render(UUID partnershipId, CommandForm form, Map<String, List<String>> values, FormErrors errors,
                          Model model) {
        model.addAttribute("form", form);
        model.addAttribute("partnershipId", partnershipId);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("partners", partnershipId != null && form.needsPartners()
                ? partners(partnershipId) : List.of());
        model.addAttribute("action", partnershipId == null ? "/partnerships/new"
                : "/partnerships/" + partnershipId + "/commands/" + form.id());
        return "command";
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> partners(UUID partnershipId) {
        return (List<Map<String, Object>>) services.query("/api/partnerships/" + partnershipId, Map.of())
                .get("partners");
    }

    /** Members see only the commands a member may issue; the services still judge each one. */
    private static boolean mayIssue(CommandForm form, Viewer viewer) {
        return viewer.coordinates() || (viewer.issuesCommands() && form.audience() == Audience.PARTNER);
    }

    private static String notYours(CommandForm form, HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("problem", new Problem(403, "FORBIDDEN", "Forbidden", "", List.of()));
        String who = form.audience() == Audience.COORDINATOR ? "Only a coordinator" : "Only coordinators and members";
        model.addAttribute("explanation", who + " may " + form.title().toLowerCase(Locale.ROOT)
                + ". Your role does not offer this form.");
        return "refused";
    }

    private CommandForm form(String id) {
        return catalog.form(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private CommandForm partnershipForm(String id) {
        CommandForm form = form(id);
        if (!form.ofPartnership()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return form;
    }

    private static Map<String, List<String>> submitted(HttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, texts) -> values.put(name, Arrays.asList(texts)));
        return values;
    }

    /** The browser's zone, which the script puts in the form; UTC without it. */
    private static ZoneId zone(String name) {
        try {
            return name == null || name.isBlank() ? ZoneOffset.UTC : ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private String text(FormJson.Mapped mapped) {
        try {
            return json.writeValueAsString(mapped.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
