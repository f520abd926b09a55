package org.partnerledger.query.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.testing.EdgeUnderTest;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.partnerledger.query.SignedInRequests.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DashboardController.class)
@EdgeUnderTest
class DashboardControllerTest {

    private static final UUID UNKNOWN = UUID.fromString("6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private DashboardQueries queries;

    @ParameterizedTest
    @ValueSource(strings = {"", "/decisions", "/actions", "/conflicts"})
    void anUnknownPartnershipIsANotFoundProblemWithItsCode(String path) throws Exception {
        given(queries.partnership(any(), any())).willReturn(Optional.empty());

        mvc.perform(get("/api/partnerships/{partnershipId}" + path, UNKNOWN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.code").value("PARTNERSHIP_NOT_FOUND"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/decisions", "/actions", "/conflicts"})
    void anIdThatIsNoUuidIsAnInvalidParameterProblem(String path) throws Exception {
        mvc.perform(get("/api/partnerships/not-a-uuid" + path))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.errors[0].field").value("partnershipId"));
    }

    @ParameterizedTest
    @EnumSource(names = {"COORDINATOR", "MEMBER", "AUDITOR"})
    void theListAsksOnlyForThePartnershipsThatAdmitTheCallersOrganisationInTheirRole(TestCaller caller)
            throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/partnerships").header("Authorization", caller.bearer()))
                .andExpect(status().isOk());

        then(queries).should().partnerships(caller.organisationId(), switch (caller) {
            case COORDINATOR -> Set.of(Capacity.COORDINATING, Capacity.PARTNER);
            case MEMBER -> Set.of(Capacity.PARTNER);
            default -> Set.of(Capacity.AUDITOR);
        });
    }

    @Test
    void aKnownPartnershipWithNoActionsAnswersAnEmptyList() throws Exception {
        given(queries.exists(UNKNOWN)).willReturn(true);

        mvc.perform(get("/api/partnerships/{partnershipId}/actions", UNKNOWN))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void actionsCarryTheirDueDateAsADateAndTheirStatusAsAName() throws Exception {
        given(queries.actions(any(), any())).willReturn(List.of(new ActionView(UUID.randomUUID(), "Draft the MOU",
                "abc", "rcsd", List.of(), List.of(), LocalDate.of(2027, 1, 15), null, ActionStatus.OVERDUE)));

        mvc.perform(get("/api/partnerships/{partnershipId}/actions", UNKNOWN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].dueDate").value("2027-01-15"))
                .andExpect(jsonPath("$[0].status").value("OVERDUE"));
    }
}
