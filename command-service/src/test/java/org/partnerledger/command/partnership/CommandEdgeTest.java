package org.partnerledger.command.partnership;

import org.junit.jupiter.api.BeforeEach;
import org.partnerledger.web.testing.EdgeUnderTest;
import org.partnerledger.web.testing.ProblemAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The command endpoints' edge as MockMvc sees it: the real controllers and web-support, the aggregate behind
 * {@link PartnershipCommands} mocked to accept whatever gets through.
 */
@WebMvcTest
@EdgeUnderTest
abstract class CommandEdgeTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    protected PartnershipCommands commands;

    @BeforeEach
    void everyCommandThatGetsThroughSucceeds() {
        PlausibleOutcomes.answerEveryCommand(commands);
    }

    protected ProblemAnswer send(Attempt attempt) throws Exception {
        return ProblemAnswer.of(mvc.perform(attempt.toMockMvc()).andReturn().getResponse());
    }
}
