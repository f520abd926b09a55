package org.partnerledger.command.partnership;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.web.testing.EdgeUnderTest;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What clients hear when a request is wrong: problem+json, a stable code, the fields, and nothing dispatched. */
@WebMvcTest(PartnershipController.class)
@EdgeUnderTest
class PartnershipControllerErrorsTest {

    private static final String DECISIONS = "/api/partnerships/" + UUID.randomUUID() + "/decisions";
    private static final String VALID_DECISION = """
            {"title": "Meet monthly", "rationale": "Why", "decidedBy": ["abc"]}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private PartnershipCommands commands;

    private boolean commandsReached;

    @AfterEach
    void nothingWasDispatched() {
        if (!commandsReached) {
            verifyNoInteractions(commands);
        }
    }

    @Test
    void truncatedJsonIsMalformed() throws Exception {
        problem(post(DECISIONS).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Meet"), 400,
                "MALFORMED_JSON");
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        problem(post(DECISIONS).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "Meet", "rationale": "Why", "decidedBy": ["abc"], "decidedOn": "today"}"""), 400,
                "UNKNOWN_FIELD")
                .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
    }

    @Test
    void aNumberWhereTextBelongsIsTheWrongType() throws Exception {
        problem(post(DECISIONS).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": 42, "rationale": "Why", "decidedBy": ["abc"]}"""), 400, "WRONG_TYPE")
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void anUnknownSeverityIsTheWrongType() throws Exception {
        problem(post("/api/partnerships/" + UUID.randomUUID() + "/conflicts").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"subject": "S", "description": "D", "parties": ["abc", "def"], "severity": "EPIC"}"""),
                400, "WRONG_TYPE")
                .andExpect(jsonPath("$.errors[0].field").value("severity"));
    }

    @Test
    void aDateOutOfRangeIsTheWrongType() throws Exception {
        problem(post("/api/partnerships/" + UUID.randomUUID() + "/actions").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title": "T", "responsible": "abc", "accountable": "abc", "dueDate": "2027-02-30"}"""),
                400, "WRONG_TYPE")
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
    }

    @Test
    void missingAndInvalidFieldsAreAllListed() throws Exception {
        problem(post("/api/partnerships").contentType(MediaType.APPLICATION_JSON).content("""
                {"name": " ", "partners": [{"id": "ABC!", "name": "ABC"}]}"""), 400, "VALIDATION_FAILED")
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "name", "vision", "partners[0].id", "coordinator")));
    }

    @Test
    void aControlCharacterInATextIsInvalid() throws Exception {
        problem(post(DECISIONS).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "Meet\\u0000monthly", "rationale": "Why", "decidedBy": ["abc"]}"""), 400,
                "VALIDATION_FAILED")
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void anIdThatIsNotAUuidIsAnInvalidParameter() throws Exception {
        problem(post("/api/partnerships/not-a-uuid/decisions").contentType(MediaType.APPLICATION_JSON)
                .content(VALID_DECISION), 400, "INVALID_PARAMETER");
    }

    @Test
    void anIfMatchThatIsNotAVersionIsAnInvalidParameter() throws Exception {
        problem(put("/api/partnerships/" + UUID.randomUUID() + "/vision").header("If-Match", "\"abc\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"statement": "S", "goals": [], "rationale": "R"}"""), 400, "INVALID_PARAMETER");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        problem(post(DECISIONS).contentType(MediaType.TEXT_PLAIN).content(VALID_DECISION), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws Exception {
        String huge = "{\"title\": \"" + "x".repeat(300 * 1024) + "\"}";
        problem(post(DECISIONS).contentType(MediaType.APPLICATION_JSON).content(huge), 413, "BODY_TOO_LARGE");
    }

    @Test
    void nestingTenThousandDeepIsRefusedAtTheFirstTokenOfTheWrongShape() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        problem(post(DECISIONS).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": " + deep + "}"), 400, "WRONG_TYPE");
    }

    @Test
    void aRejectionKeepsItsCodeAndStatus() throws Exception {
        commandsReached = true;
        when(commands.send(any(CommandContext.class), any())).thenThrow(PartnershipRejection.partnerUnknown(
                List.of("county")));

        problem(post(DECISIONS).contentType(MediaType.APPLICATION_JSON).content(VALID_DECISION), 422,
                "PARTNER_UNKNOWN");
    }

    private ResultActions problem(MockHttpServletRequestBuilder request, int status, String code) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, TestCaller.COORDINATOR.bearer()))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
