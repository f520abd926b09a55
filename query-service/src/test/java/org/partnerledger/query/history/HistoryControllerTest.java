package org.partnerledger.query.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerledger.web.testing.EdgeUnderTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.partnerledger.query.SignedInRequests.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HistoryController.class)
@EdgeUnderTest
class HistoryControllerTest {

    private static final UUID PARTNERSHIP = UUID.fromString("6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private HistoryRepository repository;

    @Test
    void anUnknownPartnershipIsANotFoundProblemWithItsCode() throws Exception {
        given(repository.history(eq(PARTNERSHIP), any(), anyLong(), anyInt())).willReturn(Optional.empty());

        mvc.perform(get("/api/partnerships/{partnershipId}/history", PARTNERSHIP))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PARTNERSHIP_NOT_FOUND"));
    }

    @Test
    void anIdThatIsNoUuidIsAnInvalidParameterProblem() throws Exception {
        mvc.perform(get("/api/partnerships/42/history"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-5"})
    void aLimitOutsideOneToAThousandIsAValidationProblemAndReadsNothing(String limit) throws Exception {
        mvc.perform(get("/api/partnerships/{partnershipId}/history", PARTNERSHIP).param("limit", limit))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        then(repository).should(never()).history(eq(PARTNERSHIP), any(), anyLong(), anyInt());
    }

    @Test
    void aLimitThatIsNoNumberIsAnInvalidParameterProblem() throws Exception {
        mvc.perform(get("/api/partnerships/{partnershipId}/history", PARTNERSHIP).param("limit", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void withoutParametersTheWholeHistoryIsReadAHundredEventsAtATime() throws Exception {
        given(repository.history(PARTNERSHIP, HistoryFilter.NONE, -1, 100)).willReturn(Optional.of(
                new HistoryView(PARTNERSHIP, 7, List.of())));

        mvc.perform(get("/api/partnerships/{partnershipId}/history", PARTNERSHIP))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnershipId").value(PARTNERSHIP.toString()))
                .andExpect(jsonPath("$.version").value(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=yesterday", "to=2027-01-05", "from=2027-01-05T15:00:00", "partner=%s",
            "actor=%s"})
    void aFilterThatCannotBeReadIsAnInvalidParameterProblemAndReadsNothing(String filter) throws Exception {
        String[] nameAndValue = filter.formatted("x".repeat(201)).split("=", 2);

        mvc.perform(get("/api/partnerships/{partnershipId}/history", PARTNERSHIP)
                        .param(nameAndValue[0], nameAndValue[1]))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        then(repository).should(never()).history(eq(PARTNERSHIP), any(), anyLong(), anyInt());
    }

    @Test
    void typesRepeatedOrSeparatedByCommasAreOneFilterOfEachTypeOnce() throws Exception {
        given(repository.history(eq(PARTNERSHIP), any(), anyLong(), anyInt())).willReturn(Optional.of(
                new HistoryView(PARTNERSHIP, 7, List.of())));

        mvc.perform(get("/api/partnerships/{partnershipId}/history", PARTNERSHIP)
                        .param("type", "DecisionRecorded,ActionAssigned").param("type", "DecisionRecorded")
                        .param("partner", "abc").param("from", "2027-01-05T15:00:00+01:00"))
                .andExpect(status().isOk());

        then(repository).should().history(PARTNERSHIP, new HistoryFilter(List.of("DecisionRecorded",
                "ActionAssigned"), "abc", null, java.time.Instant.parse("2027-01-05T14:00:00Z"), null), -1, 100);
    }
}
