package org.partnerledger.console.command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.console.StubServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one path of every command form, on the console's real security, templates and HTTP client, with a stub
 * service over HTTP in place of command-service: what is sent, and how each answer is shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommandControllerTest {

    private static final String PARTNERSHIP = "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a99";
    private static final String DECISION_FORM = "/partnerships/" + PARTNERSHIP + "/commands/record-decision";
    private static final StubServices SERVICES = new StubServices();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void console(DynamicPropertyRegistry properties) {
        SERVICES.configure(properties);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.close();
    }

    @BeforeEach
    void acceptByDefault() {
        SERVICES.answer(201, "{\"decisionId\": \"6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a98\", \"version\": 5}");
    }

    @Test
    void givenAnAcceptedDecisionWhenSubmittedExpectItsJsonWithTheUsersTokenAndTheDashboardAtItsVersion()
            throws Exception {
        int before = SERVICES.commands().size();

        mvc.perform(post(DECISION_FORM).with(as("coordinator")).with(csrf())
                        .param("title", "Start the pilot").param("rationale", "Funding is in place")
                        .param("decidedBy", "abc", "rcsd").param("reviewBy", ""))
                .andExpect(redirectedUrl("/partnerships/" + PARTNERSHIP + "?minVersion=5"));

        StubServices.Received sent = SERVICES.commands().get(before);
        assertThat(sent.path()).isEqualTo("/api/partnerships/" + PARTNERSHIP + "/decisions");
        assertThat(sent.body()).isEqualTo("""
                {"title":"Start the pilot","rationale":"Funding is in place","decidedBy":["abc","rcsd"]}""");
        assertThat(sent.authorization()).startsWith("Bearer ");
    }

    @Test
    void givenAnAuditorsRevocationWhenSubmittedExpectTheTypedOrganisationInThePathAndOnlyTheReasonInTheBody()
            throws Exception {
        SERVICES.answer(200, "{\"version\": 7}");
        int before = SERVICES.commands().size();

        mvc.perform(post("/partnerships/" + PARTNERSHIP + "/commands/revoke-auditor-access")
                        .with(as("coordinator")).with(csrf())
                        .param("organisationId", "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a05").param("reason", "Audit done"))
                .andExpect(redirectedUrl("/partnerships/" + PARTNERSHIP + "?minVersion=7"));

        StubServices.Received sent = SERVICES.commands().get(before);
        assertThat(sent.path()).isEqualTo("/api/partnerships/" + PARTNERSHIP
                + "/auditors/6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a05/revocation");
        assertThat(sent.body()).isEqualTo("{\"reason\":\"Audit done\"}");
    }

    @Test
    void givenAnAuditorIdThatIsNoUuidWhenSubmittedExpectTheMessageBesideItAndNothingSent() throws Exception {
        int before = SERVICES.commands().size();

        mvc.perform(post("/partnerships/" + PARTNERSHIP + "/commands/revoke-auditor-access")
                        .with(as("coordinator")).with(csrf()).param("organisationId", "../../conclusion"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"f-organisationId-error\">must be an id")))
                .andExpect(content().string(containsString("<label for=\"f-organisationId\">")));

        assertThat(SERVICES.commands()).hasSize(before);
    }

    @Test
    void givenARoundsRatingFormWhenShownExpectTheRoundCarriedAndALabelOnEveryAnswersField() throws Exception {
        mvc.perform(get("/partnerships/" + PARTNERSHIP + "/commands/submit-ratings")
                        .param("roundId", "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a04").with(as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"roundId\"")))
                .andExpect(content().string(containsString("value=\"6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a04\"")))
                .andExpect(content().string(containsString("<label for=\"f-answers-11--score\">")))
                .andExpect(content().string(containsString("<label for=\"f-answers-0--itemKey\">")));
    }

    @Test
    void givenValidationErrorsWhenSubmittedExpectTheFormAgainWithEachMessageBesideItsFieldAndWhatWasTyped()
            throws Exception {
        SERVICES.answer(400, """
                {"status": 400, "code": "VALIDATION_FAILED", "title": "Bad Request",
                 "errors": [{"field": "title", "message": "must not be blank"}]}""");

        mvc.perform(post(DECISION_FORM).with(as("coordinator")).with(csrf()).param("rationale", "<b>kept</b>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"f-title-error\">must not be blank</p>")))
                .andExpect(content().string(containsString("&lt;b&gt;kept&lt;/b&gt;")))
                .andExpect(content().string(containsString("VALIDATION_FAILED")));
    }

    @Test
    void givenAMembersCommandThatIsNotTheirPartnersWhenSubmittedExpectThePermissionInPlainWords() throws Exception {
        SERVICES.answer(403, """
                {"status": 403, "code": "COMMAND_NOT_PERMITTED", "detail": "Not yours"}""");

        mvc.perform(post(DECISION_FORM).with(as("member")).with(csrf()).param("title", "Move the budget"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Your organisation may not do this")))
                .andExpect(content().string(containsString("COMMAND_NOT_PERMITTED")));
    }

    @Test
    void givenAMemberWhenOpeningACoordinatorsFormExpectARefusalWithoutAskingTheService() throws Exception {
        int before = SERVICES.commands().size();

        mvc.perform(post("/partnerships/" + PARTNERSHIP + "/commands/define-raci-area").with(as("member"))
                        .with(csrf()).param("name", "Training"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Only a coordinator may define a raci area")));

        assertThat(SERVICES.commands()).hasSize(before);
    }

    @Test
    void givenAFormPostedWithoutItsCsrfTokenExpectARefusalAndNothingSent() throws Exception {
        int before = SERVICES.commands().size();

        mvc.perform(post(DECISION_FORM).with(as("coordinator")).param("title", "Forged"))
                .andExpect(status().isForbidden());

        assertThat(SERVICES.commands()).hasSize(before);
    }

    @Test
    void givenAnAuditorWhenOpeningAFormExpectNoFormForARoleThatIssuesNoCommand() throws Exception {
        mvc.perform(get(DECISION_FORM).with(as("auditor")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("<form class=\"command\""))));
    }

    @Test
    void givenAnyPageExpectAPolicyThatAllowsScriptOnlyFromTheConsoleItself() throws Exception {
        mvc.perform(get(DECISION_FORM).with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
    }

    private static OidcLoginRequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.claim("role", role).claim("name", "Dana"));
    }
}
