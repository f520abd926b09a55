package org.partnerledger.infra.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.Partner;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedScriptTest {

    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);

    @Test
    void aRequestLineTakesItsCapturesAndABodyThatGoesOnOverIndentedLines() {
        SeedScript script = SeedScript.parse("test", """
                # a comment
                POST /api/partnerships -> partnership=partnershipId {"name":
                  "x"}
                as member-abc
                PUT metrics/${metric}/targets {"period": "${month+2}"}
                """);
        assertThat(script.steps()).hasSize(2);
        assertThat(script.formation().captures()).containsExactly(new SeedScript.Capture("partnership", "partnershipId"));
        assertThat(script.formation().body()).isEqualTo("{\"name\":\n\"x\"}");
        assertThat(script.formation().user()).isEqualTo("coordinator");
        SeedScript.Step target = script.steps().get(1);
        assertThat(target.user()).isEqualTo("member-abc");
        assertThat(target.path()).isEqualTo("metrics/${metric}/targets");
        assertThat(target.body()).isEqualTo("{\"period\": \"${month+2}\"}");
    }

    @Test
    void aScriptThatDoesNotBeginByFormingThePartnershipIsRefused() {
        assertThatThrownBy(() -> SeedScript.parse("test", "POST decisions {}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAndPeriodsAreCountedFromToday() {
        SeedValues values = new SeedValues(DECEMBER);
        assertThat(values.resolve("${day-30} ${day+1} ${month-12} ${month+2} ${quarter-1} ${quarter+2} ${year-1}"))
                .isEqualTo("2026-11-01 2026-12-02 2025-12 2027-02 2026-Q3 2027-Q2 2025");
        assertThat(values.resolve("${minute+2} ${lastday} ${firstday}"))
                .isEqualTo("2026-12-01T15:02:00Z 2026-12-01 2026-12-02");
        assertThat(values.resolve("${org:abc}")).isEqualTo(Partner.derivedOrganisationId("abc"));
        assertThat(values.resolve("${sha:x}")).matches("[0-9a-f]{64}");
    }

    @Test
    void aListKeptIsNamedByIndexAndAnUnknownNameIsRefused() {
        SeedValues values = new SeedValues(DECEMBER);
        values.keep("acted", new ObjectMapper().createArrayNode().add("a").add("b"));
        values.keep("metric", TextNode.valueOf("m"));
        assertThat(values.resolve("${acted[1]}/${metric}")).isEqualTo("b/m");
        assertThatThrownBy(() -> values.resolve("${nothing}")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every name a demo script uses was kept by an earlier request of it, and every body is JSON once resolved. */
    @Test
    void theDemoScriptsUseOnlyWhatTheyKeptAndSendJson() {
        for (String resource : DemoSeed.SCRIPTS) {
            SeedScript script = SeedScript.load(resource);
            SeedValues values = new SeedValues(DECEMBER);
            for (SeedScript.Step step : script.steps()) {
                assertThatNoException().as("%s %s", resource, step).isThrownBy(() -> {
                    values.resolve(step.path());
                    if (!step.body().isEmpty()) {
                        new ObjectMapper().readTree(values.resolve(step.body()));
                    }
                });
                step.captures().forEach(capture -> values.keep(capture.name(), keptFor(capture)));
            }
        }
    }

    /** Stands in for an answer's field: a list of ids for the lists minutes answer, else one id. */
    private static JsonNode keptFor(SeedScript.Capture capture) {
        if (capture.field().endsWith("Ids")) {
            var ids = new ObjectMapper().createArrayNode();
            for (int i = 0; i < 10; i++) {
                ids.add(capture.name() + "-" + i);
            }
            return ids;
        }
        return TextNode.valueOf(capture.name());
    }
}
