package org.partnerledger.console.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard rendered from query-service's answers as api.md shapes them (served by a stub over HTTP): what each
 * role sees and may do, texts escaped, figures in the reader's locale, and the moment asked passed on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardControllerTest {

    private static final String PARTNERSHIP = "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a99";
    private static final String PAGE = "/partnerships/" + PARTNERSHIP;
    private static final StubServices SERVICES = new StubServices();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void console(DynamicPropertyRegistry properties) {
        SERVICES.configure(properties);
    }

    @BeforeAll
    static void partnership() {
        SERVICES.read("/dashboard", """
                {"name": "<script>alert(1)</script> Families", "version": 3, "asOf": "2026-12-01T10:00:00Z",
                 "stale": false, "vision": {"revision": 1, "statement": "Every family", "goals": ["Jobs"],
                 "revisitOverdue": false}, "actions": {"open": 1, "overdue": 0, "completed": 2, "cancelled": 0},
                 "decisions": {"total": 1234, "last90Days": 1}, "conflicts": {"open": 1},
                 "meetings": {"held": 1, "missed": 0}}""");
        SERVICES.read("/metrics", """
                {"metrics": [{"metricId": "m1", "name": "Jobs", "unit": "INDIVIDUALS", "status": "ACTIVE",
                  "baseline": 10, "target": 100, "series": [{"period": "2026-10", "value": 12}], "targets": []}]}""");
        SERVICES.read("/health", """
                {"overall": "AT_RISK", "practices": [{"practice": "SHARED_VISION", "status": "HEALTHY",
                  "evidence": ["vision revisited 3 days ago"]}]}""");
        SERVICES.read("/action-register", """
                {"actions": [{"actionId": "a1", "title": "Hire", "responsible": "abc", "accountable": "rcsd",
                  "dueDate": "2027-01-05", "status": "OPEN"}]}""");
        SERVICES.read("/conflict-register", """
                {"conflicts": [{"conflictId": "c1", "subject": "Rent", "severity": "HIGH", "parties": ["abc", "rcsd"],
                  "step": "Direct conversation", "status": "OPEN"}]}""");
        SERVICES.read("/meetings", """
                {"meetings": [{"meetingId": "mt1", "title": "Steering", "scheduledAt": "2026-11-01T15:00:00Z",
                  "status": "HELD", "minutes": {"approvedBy": []}}]}""");
        SERVICES.read("/raci", "{\"areas\": []}");
        SERVICES.read("/stories", "{\"stories\": []}");
        SERVICES.read("/reviews", """
                {"categories": [{"category": "communication", "name": "Communication"}],
                 "rounds": [{"roundId": "r1", "title": "Spring review", "openedAt": "2026-10-01T09:00:00Z",
                   "closedAt": null, "categories": []},
                  {"roundId": "r0", "title": "Last year", "openedAt": "2025-10-01T09:00:00Z",
                   "closedAt": "2025-11-01T09:00:00Z", "categories": []}], "trends": []}""");
        SERVICES.read("/assets", """
                {"assets": [{"assetId": "as1", "partner": "abc", "kind": "PLACES", "description": "A training room",
                  "withdrawn": false},
                 {"assetId": "as0", "partner": "rcsd", "kind": "FUNDING", "description": "A grant ended",
                  "withdrawn": true}]}""");
        SERVICES.read("/agreements", """
                {"agreements": [{"agreementId": "ag1", "kind": "MOU", "title": "Data sharing MOU",
                  "reviewBy": "2027-06-30", "termination": null}]}""");
    }

    @AfterAll
    static void stopServices() {
        SERVICES.close();
    }

    @Test
    void givenACoordinatorWhenShowingTheDashboardExpectEveryPartWithItsActionsAndTheChartsAsData() throws Exception {
        mvc.perform(get(PAGE).with(as("coordinator")).header("Accept-Language", "en-GB"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; Families"),
                        not(containsString("<script>alert(1)")),
                        containsString("Shared vision"), containsString("vision revisited 3 days ago"),
                        containsString("5 Jan 2027"), containsString("1,234"),
                        containsString("&quot;values&quot;:[1,0,2,0]"), containsString("Baseline"),
                        containsString("/commands/complete-action?actionId=a1"),
                        containsString("/commands/escalate-conflict?conflictId=c1"),
                        containsString("/commands/approve-minutes?meetingId=mt1"),
                        containsString("/commands/review-agreement?agreementId=ag1"),
                        containsString("/commands/amend-minutes?meetingId=mt1"),
                        containsString("/commands/retire-metric?metricId=m1"),
                        containsString("/commands/define-raci-area"),
                        containsString("/commands/amend-metric-target?metricId=m1"),
                        containsString("/commands/submit-ratings?roundId=r1"),
                        containsString("/commands/close-review-round?roundId=r1"),
                        not(containsString("roundId=r0")),
                        containsString("/commands/open-review-round"),
                        containsString("/commands/adopt-review-instrument"),
                        containsString("/commands/withdraw-asset?assetId=as1"),
                        containsString("A training room"), not(containsString("A grant ended")),
                        containsString("/commands/revoke-auditor-access"),
                        containsString("data-events=\"/partnerships/" + PARTNERSHIP + "/events\""))));
    }

    @Test
    void givenAMemberWhenShowingTheDashboardExpectOnlyTheFormsAMemberMayUse() throws Exception {
        mvc.perform(get(PAGE).with(as("member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("/commands/record-decision"), containsString("/commands/complete-action"),
                        not(containsString("/commands/define-raci-area")),
                        containsString("/commands/submit-ratings?roundId=r1"),
                        not(containsString("/commands/close-review-round")),
                        not(containsString("/commands/withdraw-asset")),
                        not(containsString("/commands/amend-metric-target")),
                        not(containsString("/commands/revoke-auditor-access")),
                        not(containsString("/commands/escalate-conflict")))));
    }

    @Test
    void givenAnAuditorAskingForADayWhenShowingTheDashboardExpectThatDayAskedAndNoFormNorLiveStream()
            throws Exception {
        mvc.perform(get(PAGE).param("asOf", "2026-11-30").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("as it stood"),
                        not(containsString("/commands/")), not(containsString("data-events")))));

        assertThat(SERVICES.reads()).filteredOn(read -> read.path().endsWith("/dashboard"))
                .anySatisfy(read -> assertThat(read.query()).isEqualTo("asOf=2026-11-30T23:59:59Z"));
    }

    private static OidcLoginRequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.claim("role", role).claim("name", "Dana"));
    }
}
