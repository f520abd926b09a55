package org.partnerledger.infra.crudpeer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Both endpoints over HTTP, on a real PostgreSQL migrated by the service's own Flyway scripts. Tokens come from
 * spring-security-test, so no identity provider runs; its issuer is never asked for keys.
 */
@SpringBootTest(properties = "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://issuer.invalid")
@AutoConfigureMockMvc
class PartnershipEndpointsTest {

    private static final EmbeddedPostgres POSTGRES = start();
    private static final String SUBJECT = "coordinator-of-abc";
    private static final String FORM = """
            {"name": "Benchmark partnership 1", "coordinator": "abc",
             "vision": {"statement": "Every working family reaches a living wage", "goals": ["Place 200 adults"]},
             "partners": [{"id": "abc", "name": "Action for a Better Community"},
                          {"id": "rcsd", "name": "Rochester City School District"}]}""";
    private static final String DECISION = """
            {"title": "Share the placements report", "rationale": "Agreed at the monthly meeting",
             "decidedBy": %s}""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ObjectMapper objectMapper;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    }

    @BeforeEach
    void noRows() {
        jdbc.sql("TRUNCATE audit_log, decision, partnership").update();
    }

    @Test
    void formingAPartnershipAnswersItsIdAndAuditsIt() throws Exception {
        String body = send(post("/api/partnerships"), FORM)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        UUID partnershipId = UUID.fromString(objectMapper.readTree(body).get("partnershipId").asText());
        assertThat(jdbc.sql("SELECT array_to_string(partner_ids, ',') FROM partnership WHERE id = :id")
                .param("id", partnershipId).query(String.class).single()).isEqualTo("abc,rcsd");
        assertThat(auditActions()).containsExactly("partnership.formed");
    }

    @Test
    void aDecisionOfThePartnersIsStoredWithOneAuditEntryInOneTransaction() throws Exception {
        UUID partnershipId = formed();

        String body = send(post("/api/partnerships/{id}/decisions", partnershipId),
                DECISION.formatted("[\"abc\", \"rcsd\"]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnershipId").value(partnershipId.toString()))
                .andReturn().getResponse().getContentAsString();

        UUID decisionId = UUID.fromString(objectMapper.readTree(body).get("decisionId").asText());
        Map<String, Object> audit = jdbc.sql("""
                        SELECT a.actor, a.details ->> 'title' AS title, a.xmin::text = d.xmin::text AS same_transaction
                        FROM audit_log a JOIN decision d ON d.id = a.entity_id
                        WHERE a.action = 'decision.recorded' AND d.id = :id AND d.partnership_id = :partnershipId""")
                .param("id", decisionId).param("partnershipId", partnershipId).query().singleRow();
        assertThat(audit).containsEntry("actor", SUBJECT).containsEntry("title", "Share the placements report")
                .containsEntry("same_transaction", true);
        assertThat(auditActions()).containsExactly("partnership.formed", "decision.recorded");
    }

    @Test
    void aDecisionWithoutDecidersIsInvalidAndStoresNothing() throws Exception {
        UUID partnershipId = formed();

        send(post("/api/partnerships/{id}/decisions", partnershipId), DECISION.formatted("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("decidedBy"));

        assertNoDecisionWasStored();
    }

    @Test
    void aDeciderWhoIsNotAPartnerIsUnknownAndStoresNothing() throws Exception {
        UUID partnershipId = formed();

        send(post("/api/partnerships/{id}/decisions", partnershipId), DECISION.formatted("[\"abc\", \"city\"]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("PARTNER_UNKNOWN"))
                .andExpect(jsonPath("$.detail").value("Not partners of this partnership: city."));

        assertNoDecisionWasStored();
    }

    @Test
    void aDeciderNamedTwiceIsDuplicatedAndStoresNothing() throws Exception {
        UUID partnershipId = formed();

        send(post("/api/partnerships/{id}/decisions", partnershipId), DECISION.formatted("[\"abc\", \"abc\"]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("PARTNER_DUPLICATED"));

        assertNoDecisionWasStored();
    }

    @Test
    void aDecisionOfAnUnknownPartnershipIsNotFound() throws Exception {
        send(post("/api/partnerships/{id}/decisions", UUID.randomUUID()), DECISION.formatted("[\"abc\"]"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PARTNERSHIP_NOT_FOUND"));

        assertThat(auditActions()).isEmpty();
    }

    @Test
    void aPartnershipIdThatIsNotAUuidIsAnInvalidParameter() throws Exception {
        send(post("/api/partnerships/not-a-uuid/decisions"), DECISION.formatted("[\"abc\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void aBodyThatIsNotJsonIsMalformedAndStoresNothing() throws Exception {
        UUID partnershipId = formed();

        send(post("/api/partnerships/{id}/decisions", partnershipId), "{\"title\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_JSON"));

        assertNoDecisionWasStored();
    }

    @Test
    void aCoordinatorWhoIsNotAPartnerIsRefusedAndFormsNothing() throws Exception {
        send(post("/api/partnerships"), FORM.replace("\"coordinator\": \"abc\"", "\"coordinator\": \"city\""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("COORDINATOR_NOT_A_PARTNER"));

        assertThat(jdbc.sql("SELECT count(*) FROM partnership").query(Long.class).single()).isZero();
        assertThat(auditActions()).isEmpty();
    }

    @Test
    void aRequestWithoutATokenIsUnauthenticatedAndStoresNothing() throws Exception {
        UUID partnershipId = formed();

        mvc.perform(post("/api/partnerships/{id}/decisions", partnershipId)
                        .contentType(MediaType.APPLICATION_JSON).content(DECISION.formatted("[\"abc\"]")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));

        assertNoDecisionWasStored();
    }

    @Test
    void theHealthProbeNeedsNoToken() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    private UUID formed() throws Exception {
        String body = send(post("/api/partnerships"), FORM).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(objectMapper.readTree(body).get("partnershipId").asText());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(jwt().jwt(token -> token.subject(SUBJECT)))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void assertNoDecisionWasStored() {
        assertThat(jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single()).isZero();
        assertThat(auditActions()).containsExactly("partnership.formed");
    }

    private List<String> auditActions() {
        return jdbc.sql("SELECT action FROM audit_log ORDER BY id").query(String.class).list();
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
