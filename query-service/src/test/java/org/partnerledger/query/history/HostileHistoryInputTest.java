package org.partnerledger.query.history;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.query.HostileQueries;
import org.partnerledger.query.HostileQueries.Hostile;
import org.partnerledger.web.testing.ProblemAnswer;
import org.partnerledger.web.testing.EdgeUnderTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The history endpoint against the reliability issue's list of hostile input, absurd page parameters included:
 * refused with problem+json and a stable code, before anything is read.
 */
@WebMvcTest(HistoryController.class)
@EdgeUnderTest
class HostileHistoryInputTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private HistoryRepository repository;

    static Stream<Hostile> hostileRequests() {
        return HostileQueries.against(HostileQueries.HISTORY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostileInputIsRefusedWithItsCodeBeforeAnythingIsRead(Hostile hostile) throws Exception {
        ProblemAnswer answer = ProblemAnswer.of(mvc.perform(hostile.toMockMvc()).andReturn().getResponse());

        assertThat(answer.flaw()).as("%s answered %s", hostile, answer).isEmpty();
        assertThat(answer.status()).as("%s", answer).isEqualTo(hostile.status());
        assertThat(answer.code()).as("%s", answer).isEqualTo(hostile.code());
        verifyNoInteractions(repository);
    }
}
