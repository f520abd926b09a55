package org.partnerledger.query.ledger;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.query.HostileQueries;
import org.partnerledger.query.HostileQueries.Hostile;
import org.partnerledger.web.testing.ProblemAnswer;
import org.partnerledger.web.testing.EdgeUnderTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.partnerledger.query.SignedInRequests.get;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/**
 * The first summary's endpoints against the reliability issue's list of hostile input: refused with problem+json and
 * a stable code, before any query runs. And partners' text, markup included, is answered as JSON text, verbatim.
 */
@WebMvcTest(PartnershipsController.class)
@EdgeUnderTest
class HostilePartnershipsInputTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private LiveLedgers ledgers;

    @MockitoBean
    private PortfolioQueries lists;

    static Stream<Hostile> hostileRequests() {
        return HostileQueries.DASHBOARD.stream().flatMap(HostileQueries::against);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostileInputIsRefusedWithItsCodeBeforeAnyQuery(Hostile hostile) throws Exception {
        ProblemAnswer answer = ProblemAnswer.of(mvc.perform(hostile.toMockMvc()).andReturn().getResponse());

        assertThat(answer.flaw()).as("%s answered %s", hostile, answer).isEmpty();
        assertThat(answer.status()).as("%s", answer).isEqualTo(hostile.status());
        assertThat(answer.code()).as("%s", answer).isEqualTo(hostile.code());
        verifyNoInteractions(ledgers, lists);
    }

    @Test
    void aScriptTagInADecisionTitleIsAnsweredAsJsonTextVerbatim() throws Exception {
        String script = "<script>alert(\"partners\" + '&' + document.cookie)</script>\\\n\u2028";
        given(ledgers.find(any())).willReturn(Optional.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), Histories.formed()
                .add(new DecisionRecordedEvent(PARTNERSHIP, UUID.randomUUID().toString(), script, "Why",
                        List.of("abc"), null, null, null, List.of())).events())));

        MockHttpServletResponse response = mvc.perform(get("/api/partnerships/{partnershipId}/decisions", PARTNERSHIP))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType())).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .at("/0/title").textValue()).isEqualTo(script);
    }
}
