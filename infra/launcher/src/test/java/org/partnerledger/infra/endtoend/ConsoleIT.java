package org.partnerledger.infra.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.partnerledger.events.Partner;
import org.partnerledger.infra.launcher.demo.DemoSeed;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The web console in a real browser (headless Chromium) against the whole running system: the demo users sign in
 * at the real identity provider, and every page reads and writes through the services' public APIs.
 */
class ConsoleIT {

    private static final Duration READ_SIDE = Duration.ofSeconds(30);

    /** Kept when the test fails: the services' and the console's logs are under {@code logs/}. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path root;
    private static RunningSystem system;
    private Browser browser;

    @BeforeAll
    static void start() {
        system = RunningSystem.startWithConsoleIn(root);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** What ./run --demo offers a newcomer: full dashboards, health, charts and a funder page, at once. */
    @Test
    void afterTheDemoSeedANewcomerSeesFullDashboardsChartsAndAFunderPage() {
        DemoSeed.Outcome demo = new DemoSeed(URI.create(system.commandUrl("/")), URI.create(system.queryUrl("/")),
                system.issuer()).seed();
        // This class forms a partnership of the workforce demo's name, which the seed then leaves as it is.
        DemoSeed.Seeded housing = demo.partnerships().stream().filter(seeded -> seeded.name().startsWith("SHINE"))
                .findFirst().orElseThrow();
        assertThat(housing.skipped()).isFalse();
        String pilot = housing.partnershipId();

        browser.signIn(system.consoleUrl("/"), "coordinator");
        await().atMost(READ_SIDE).until(() -> {
            browser.open(system.consoleUrl("/portfolio"));
            return browser.text("#portfolio").contains("SHINE");
        });
        browser.screenshot("demo-portfolio");
        // The portfolio lists the partnership from its first event; its health fills in as the read side folds
        // the rest of the seed.
        await().atMost(READ_SIDE).untilAsserted(() -> {
            browser.open(system.consoleUrl("/partnerships/" + pilot));
            assertThat(browser.driver().findElements(By.cssSelector("#health tbody tr"))).as("every practice")
                    .hasSize(11);
        });
        await().atMost(READ_SIDE).until(() -> browser.driver().findElements(By.cssSelector(".chart canvas"))
                .size() > 1);
        browser.screenshot("demo-dashboard");

        browser.signIn(system.consoleUrl("/"), "funder");
        browser.open(system.consoleUrl("/impact"));
        browser.follow("a[href$='/partnerships/" + pilot + "/impact']");
        await().atMost(READ_SIDE).until(() -> browser.present(".chart canvas"));
        browser.screenshot("demo-funder-impact");
    }

    @Test
    void aCoordinatorFormsAPartnershipRecordsMinutesWithADecisionAndAnActionAndSeesTheDashboardAndAChartChange() {
        browser.signIn(system.consoleUrl("/"), "coordinator");
        await().atMost(READ_SIDE).until(() -> browser.present("#portfolio"));
        browser.screenshot("portfolio");

        browser.open(system.consoleUrl("/partnerships/new"));
        browser.submit();
        assertThat(browser.text("#f-name-error")).as("the service's validation message beside its field").isNotBlank();
        assertThat(browser.text("#form-error")).contains("VALIDATION_FAILED");

        browser.fill("name", "Rochester Working Families");
        browser.fill("vision.statement", "Every working family reaches a living wage");
        browser.fill("vision.goals", "Place 200 parents in jobs");
        browser.fill("partners[0].id", "abc");
        browser.fill("partners[0].name", "Action for a Better Community");
        browser.fill("partners[1].id", "rcsd");
        browser.fill("partners[1].name", "Rochester City School District");
        browser.fill("coordinator", "abc");
        browser.screenshot("form-partnership");
        browser.submit();
        await().atMost(READ_SIDE).until(() -> browser.present("#health"));
        String dashboard = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(browser.text("h1")).isEqualTo("Rochester Working Families");
        String chartBefore = browser.attribute("#chart-0", "data-chart");
        assertThat(chartBefore).contains("\"values\":[0,0,0,0]");

        browser.open(dashboard + "/commands/schedule-meeting");
        browser.fill("title", "Steering committee");
        browser.fill("scheduledAt", LocalDateTime.now().plusMinutes(10).truncatedTo(ChronoUnit.MINUTES).toString());
        browser.fill("agenda[0].topic", "Pilot");
        browser.fill("agenda[0].objective", "Decide to start");
        browser.fill("agenda[0].timeBoxMinutes", "30");
        browser.submit();
        await().atMost(READ_SIDE).until(() -> browser.present("a[href*='record-minutes']"));

        browser.follow("a[href*='record-minutes']");
        browser.tick("attendees", "abc");
        browser.tick("attendees", "rcsd");
        browser.fill("summary", "We agreed to start the pilot");
        browser.fill("decisions[0].title", "Start the pilot in March");
        browser.fill("decisions[0].rationale", "Funding is in place");
        browser.tick("decisions[0].decidedBy", "abc");
        browser.tick("decisions[0].decidedBy", "rcsd");
        browser.fill("actions[0].title", "Hire a navigator");
        browser.fill("actions[0].responsible", "abc");
        browser.fill("actions[0].accountable", "rcsd");
        browser.fill("actions[0].dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        browser.fill("actions[0].decision", "0");
        browser.screenshot("minutes");
        browser.submit();

        await().atMost(READ_SIDE).until(() -> browser.present("#actions"));
        assertThat(browser.text("#decisions-total")).isEqualTo("1");
        assertThat(browser.text("#actions")).contains("Hire a navigator", "Open");
        String chartAfter = browser.attribute("#chart-0", "data-chart");
        assertThat(chartAfter).as("the actions chart shows the open action").contains("\"values\":[1,0,0,0]");
        assertThat(browser.present("#chart-0 canvas")).as("ECharts drew the chart under the CSP").isTrue();
        browser.screenshot("dashboard");
        browser.atPhoneWidth(() -> browser.screenshot("dashboard-phone"));

        String partnership = dashboard.substring(dashboard.lastIndexOf('/') + 1);
        Http.Response decided = system.as("coordinator").post(system.commandUrl(
                "/api/partnerships/" + partnership + "/decisions"), """
                {"title": "Share attendance data", "rationale": "Both need it", "decidedBy": ["abc", "rcsd"]}""");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        await("the open dashboard follows the partnership's event stream").atMost(READ_SIDE)
                .until(() -> browser.text("#decisions-total").equals("2"));
    }

    @Test
    void aMemberIsRefusedACoordinatorOnlyFormAndACommandThatIsNotTheirPartners() {
        String partnership = formed("Youth Jobs Partnership");
        String dashboard = system.consoleUrl("/partnerships/" + partnership);
        browser.signIn(system.consoleUrl("/"), "member-rcsd");
        await().atMost(READ_SIDE).until(() -> {
            browser.open(dashboard);
            return browser.present("#health");
        });
        assertThat(browser.present("a[href$='/commands/record-decision']")).isTrue();
        assertThat(browser.present("a[href$='/commands/define-raci-area']")).isFalse();

        browser.open(dashboard + "/commands/define-raci-area");
        assertThat(browser.text("#refusal")).contains("Only a coordinator may define a raci area");
        browser.screenshot("member-refused");

        browser.open(dashboard + "/commands/record-decision");
        browser.fill("title", "Move the budget");
        browser.fill("rationale", "abc alone decides this");
        browser.tick("decidedBy", "abc");
        browser.submit();
        assertThat(browser.text("#form-error")).contains("COMMAND_NOT_PERMITTED", "Your organisation may not do this");

        HttpResponse<byte[]> forged = browser.postFromElsewhere(dashboard + "/commands/record-decision",
                "title=Forged&rationale=No+token&decidedBy=rcsd");
        assertThat(forged.statusCode()).as("a form without the CSRF token is refused").isEqualTo(403);
        assertThat(system.as("coordinator").get(system.queryUrl("/api/partnerships/" + partnership + "/history"))
                .<List<String>>read("$.events[*].type")).containsExactly("PartnershipFormed");
    }

    @Test
    void anAuditorViewsTheDashboardAsOfADateAndAtAVersionAndDownloadsTheHistory() {
        String partnership = formed("Housing First <script>alert(1)</script>");
        Http coordinator = system.as("coordinator");
        assertThat(coordinator.post(system.commandUrl("/api/partnerships/" + partnership + "/auditors"),
                "{\"organisationId\": \"" + Partner.derivedOrganisationId("audit") + "\"}").status()).isEqualTo(201);
        assertThat(coordinator.post(system.commandUrl("/api/partnerships/" + partnership + "/decisions"), """
                {"title": "Lease the site", "rationale": "It is near transit", "decidedBy": ["abc"]}""").status())
                .isEqualTo(201);
        measured(partnership);
        String dashboard = system.consoleUrl("/partnerships/" + partnership);

        browser.signIn(system.consoleUrl("/"), "auditor");
        await().atMost(READ_SIDE).until(() -> {
            browser.open(dashboard);
            return browser.present("#chart-1") && browser.text("#decisions-total").equals("1");
        });
        assertThat(browser.text("h1")).as("texts are escaped").isEqualTo("Housing First <script>alert(1)</script>");
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.present("#record-heading")).as("auditors issue no command").isFalse();

        browser.fill("asOf", LocalDate.now(ZoneOffset.UTC).toString());
        browser.follow("#show-as-of");
        assertThat(browser.text("#as-it-was")).contains("as it stood");
        browser.screenshot("auditor-as-of");
        assertThat(browser.attribute("#chart-1", "data-chart")).as("the metric against its baseline")
                .contains("Families housed", "\"Baseline\",\"value\":10");
        browser.open(dashboard + "?atVersion=1");
        assertThat(browser.text("#decisions-total")).as("before the decision").isEqualTo("0");

        await().atMost(READ_SIDE).until(() -> {
            browser.open(dashboard + "/history");
            return browser.text("#timeline").contains("MeasurementRecorded");
        });
        assertThat(browser.text("#timeline")).contains("PartnershipFormed", "AuditorAccessGranted",
                "DecisionRecorded");
        browser.screenshot("history");
        browser.fill("type", "DecisionRecorded");
        browser.follow("#history-filters button");
        assertThat(browser.text("#timeline")).contains("DecisionRecorded").doesNotContain("PartnershipFormed");
        HttpResponse<byte[]> csv = browser.download(browser.attribute("#export-csv", "href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith("partnershipId,sequence,eventId,type,occurredAt");
    }

    @Test
    void aFunderDownloadsTheImpactReportAndSeesNoConflictAnywhere() {
        String partnership = formed("Supportive Housing Pilot");
        Http coordinator = system.as("coordinator");
        String base = system.commandUrl("/api/partnerships/" + partnership);
        assertThat(coordinator.post(base + "/grants", """
                {"funderOrganisationId": "%s", "funderName": "Working Families Fund", "grantNumber": "WFF-1",
                 "periodStart": "2026-01-01", "periodEnd": "2027-12-31"}"""
                .formatted(Partner.derivedOrganisationId("funder"))).status()).isEqualTo(201);
        assertThat(coordinator.post(base + "/conflicts", """
                {"subject": "Secret dispute over rent", "description": "Who pays", "parties": ["abc", "rcsd"],
                 "severity": "HIGH"}""").status()).isEqualTo(201);
        String impact = system.consoleUrl("/partnerships/" + partnership + "/impact");

        browser.signIn(system.consoleUrl("/"), "funder");
        String funded = "a[href$='/partnerships/" + partnership + "/impact']";
        await().atMost(READ_SIDE).until(() -> {
            browser.open(system.consoleUrl("/impact"));
            return browser.present(funded);
        });
        browser.follow(funded);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(impact);
        await().atMost(READ_SIDE).until(() -> {
            browser.open(impact);
            return browser.present("#report-pdf");
        });
        browser.screenshot("funder-impact");
        assertThat(browser.text("nav[aria-label=Main]")).contains("Impact").doesNotContain("Portfolio", "History");
        assertThat(browser.driver().getPageSource()).doesNotContainIgnoringCase("conflict")
                .doesNotContain("Secret dispute");

        HttpResponse<byte[]> pdf = browser.download(browser.attribute("#report-pdf", "href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.open(system.consoleUrl("/partnerships/" + partnership));
        assertThat(browser.present("#refusal")).as("the dashboard is not the funder's").isTrue();
        assertThat(browser.driver().getPageSource()).doesNotContain("Secret dispute");
        assertThat(browser.download(impact).headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe-eval"));

        browser.follow("form.signout button");
        assertThat(browser.find("#sign-in").isDisplayed()).as("signed out at the provider, back at the console")
                .isTrue();
        browser.open(impact);
        assertThat(browser.driver().getCurrentUrl()).as("the session is gone: the provider asks to sign in")
                .doesNotStartWith(impact);
    }

    /** A monthly metric, endorsed by both partners, measured last month and targeted for the next. */
    private static void measured(String partnership) {
        Http coordinator = system.as("coordinator");
        String base = system.commandUrl("/api/partnerships/" + partnership + "/metrics");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Http.Response proposed = coordinator.post(base, """
                {"name": "Families housed", "definition": "Families in a home of their own", "unit": "HOUSEHOLDS",
                 "baseline": 10, "target": 50, "targetDate": "%s", "direction": "UP", "ownerPartner": "abc",
                 "collectionMethod": "Case files", "frequency": "MONTHLY", "measureKind": "BETTER_OFF"}"""
                .formatted(today.plusYears(1)));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String metric = base + "/" + proposed.<String>read("$.metricId");
        for (String partner : new String[] {"abc", "rcsd"}) {
            assertThat(coordinator.post(metric + "/endorsements", "{\"partner\": \"" + partner + "\"}").status())
                    .isEqualTo(200);
        }
        Http.Response measuredLastMonth = coordinator.post(metric + "/measurements", """
                {"period": "%s", "value": 18, "recordedBy": "abc"}""".formatted(today.minusMonths(1).toString()
                .substring(0, 7)));
        assertThat(measuredLastMonth.status()).as(measuredLastMonth.body()).isEqualTo(201);
        Http.Response targeted = coordinator.post(metric + "/targets", """
                {"period": "%s", "target": 25}""".formatted(today.plusMonths(2).toString().substring(0, 7)));
        assertThat(targeted.status()).as(targeted.body()).isEqualTo(200);
    }

    /** A partnership of abc (coordinating) and rcsd, formed through the API as the demo coordinator. */
    private static String formed(String name) {
        Http.Response formed = system.as("coordinator").post(system.commandUrl("/api/partnerships"), """
                {"name": "%s", "coordinator": "abc",
                 "vision": {"statement": "Every family has a home", "goals": ["House 50 families"]},
                 "partners": [{"id": "abc", "name": "Action for a Better Community"},
                              {"id": "rcsd", "name": "Rochester City School District"}]}""".formatted(name));
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        return formed.read("$.partnershipId");
    }
}
