package org.partnerledger.console.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.ui.Model;

/** Turns a refused read into a page that says why, and an expired sign-in into a new one. */
@ControllerAdvice
class RefusalAdvice {

    @ExceptionHandler(ServiceRefused.class)
    String refused(ServiceRefused refusal, HttpServletResponse response, Model model) {
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
