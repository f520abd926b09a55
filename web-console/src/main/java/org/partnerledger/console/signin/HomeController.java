package org.partnerledger.console.signin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: a sign-in button for strangers, each role's own first page for the signed in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return "home";
        }
        Viewer viewer = Viewer.of(user);
        if (viewer.readsPartnerships()) {
            return "redirect:/portfolio";
        }
        return viewer.funds() ? "redirect:/impact" : "no-access";
    }
}
