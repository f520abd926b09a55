package org.partnerledger.command.partnership;

import org.junit.jupiter.api.BeforeEach;
import org.partnerledger.web.WebSupportAutoConfiguration;
import org.partnerledger.web.testing.ProblemAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The command endpoints' edge as MockMvc sees it: the real controllers (the root's and every part's, all
 * {@link PartnershipCommandEndpoints}) and web-support, the aggregate behind {@link PartnershipCommands} mocked to
 * accept whatever gets through.
 */
@WebMvcTest(controllers = PartnershipController.class,
        includeFilters = @ComponentScan.Filter(PartnershipCommandEndpoints.class))
@ImportAutoConfiguration(WebSupportAutoConfiguration.class)
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
