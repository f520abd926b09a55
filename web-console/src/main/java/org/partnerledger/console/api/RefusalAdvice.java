package org.partnerledger.console.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerledger.console.signin.Viewer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Turns a refused read into a page that says why, and an expired sign-in into a new one. */
@ControllerAdvice
class RefusalAdvice {

    @ExceptionHandler(ServiceRefused.class)
    String refused(ServiceRefused refusal, HttpServletResponse response, Model model) {
        // An exception handler's model is a fresh one: the layout's viewer is added again.
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof OidcUser user) {
            model.addAttribute("viewer", Viewer.of(user));
        }
        Problem problem = refusal.problem();
        response.setStatus(problem.status() >= 400 && problem.status() < 600 ? problem.status() : 502);
        model.addAttribute("problem", problem);
        model.addAttribute("explanation", Explanations.of(problem));
        return "refused";
    }

    @ExceptionHandler(AccessToken.SignInRequired.class)
    String signInAgain(HttpServletRequest request) {
        request.getSession().invalidate();
        return "redirect:/oauth2/authorization/" + AccessToken.REGISTRATION;
    }
}
