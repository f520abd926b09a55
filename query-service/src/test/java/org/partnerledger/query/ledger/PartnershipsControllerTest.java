package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.web.security.Role;
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
import java.util.UUID;

import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.partnerledger.query.SignedInRequests.get;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PartnershipsController.class)
@EdgeUnderTest
class PartnershipsControllerTest {

    private static final UUID ID = UUID.fromString(PARTNERSHIP);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private LiveLedgers ledgers;

    @MockitoBean
    private PortfolioQueries lists;

    @ParameterizedTest
    @ValueSource(strings = {"", "/decisions", "/actions", "/conflicts"})
    void anUnknownPartnershipIsANotFoundProblemWithItsCode(String path) throws Exception {
        given(ledgers.find(any())).willReturn(Optional.empty());

        mvc.perform(get("/api/partnerships/{partnershipId}" + path, ID))
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

        then(lists).should().list(caller.organisationId(), Role.valueOf(caller.name()));
    }

    @Test
    void aKnownPartnershipWithNoActionsAnswersAnEmptyList() throws Exception {
        given(ledgers.find(ID)).willReturn(Optional.of(LedgerFold.fold(Ledger.of(PARTNERSHIP),
                Histories.formed().events())));

        mvc.perform(get("/api/partnerships/{partnershipId}/actions", ID))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void actionsCarryTheirDueDateAsADateAndTheirStatusAsAName() throws Exception {
        String action = UUID.randomUUID().toString();
        given(ledgers.find(ID)).willReturn(Optional.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), Histories.formed()
                .add(new ActionAssignedEvent(PARTNERSHIP, action, "Draft the MOU", "abc", "rcsd", List.of(),
                        List.of(), LocalDate.of(2025, 1, 15), null)).events())));

        mvc.perform(get("/api/partnerships/{partnershipId}/actions", ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actionId").value(action))
                .andExpect(jsonPath("$[0].dueDate").value("2025-01-15"))
                .andExpect(jsonPath("$[0].status").value("OVERDUE"));
    }

    @Test
    void theSummaryCountsWithTheFiguresEveryViewShares() throws Exception {
        live(LedgerFold.fold(Ledger.of(PARTNERSHIP), Histories.formed()
                .add(new ActionAssignedEvent(PARTNERSHIP, UUID.randomUUID().toString(), "Draft the MOU", "abc",
                        "rcsd", List.of(), List.of(), LocalDate.of(2025, 1, 15), null)).events()));

        mvc.perform(get("/api/partnerships/{partnershipId}", ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnershipId").value(PARTNERSHIP))
                .andExpect(jsonPath("$.vision.revision").value(1))
                .andExpect(jsonPath("$.partners.length()").value(3))
                .andExpect(jsonPath("$.actions.overdue").value(1))
                .andExpect(jsonPath("$.actions.open").value(0))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aClientThatHoldsTheSummaryAtTheCurrentVersionAndDayIsToldItIsNotModified() throws Exception {
        Ledger ledger = LedgerFold.fold(Ledger.of(PARTNERSHIP), Histories.formed().events());
        live(ledger);
        String tag = mvc.perform(get("/api/partnerships/{partnershipId}", ID))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache, private"))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/api/partnerships/{partnershipId}", ID).header("If-None-Match", tag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", tag))
                .andExpect(content().string(""));
        then(ledgers).should().at(ID, ledger.version);
    }

    @Test
    void aClientThatHoldsAnEarlierVersionIsServedTheSummaryInFull() throws Exception {
        Histories history = Histories.formed();
        live(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()));
        String tag = mvc.perform(get("/api/partnerships/{partnershipId}", ID))
                .andReturn().getResponse().getHeader("ETag");
        Ledger later = LedgerFold.fold(Ledger.of(PARTNERSHIP), history.add(new ActionAssignedEvent(PARTNERSHIP,
                UUID.randomUUID().toString(), "Draft the MOU", "abc", "rcsd", List.of(), List.of(),
                LocalDate.of(2025, 1, 15), null)).events());
        live(later);

        mvc.perform(get("/api/partnerships/{partnershipId}", ID).header("If-None-Match", tag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", not(tag)))
                .andExpect(jsonPath("$.version").value(later.version));
    }

    private void live(Ledger ledger) {
        given(ledgers.version(ID)).willReturn(Optional.of(ledger.version));
        given(ledgers.at(ID, ledger.version)).willReturn(Optional.of(ledger));
    }
}
