package org.partnerledger.command.partnership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.command.partnership.HostileCommands.Hostile;
import org.partnerledger.web.testing.ProblemAnswer;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Every command endpoint against the reliability issue's list of hostile input: each is refused with problem+json
 * and its stable code, and nothing reaches the aggregate. Then the texts that look hostile but are not.
 */
class HostileCommandInputTest extends CommandEdgeTest {

    private static final String PARTNERSHIP = UUID.randomUUID().toString();

    static Stream<Hostile> hostileRequests() {
        return Arrays.stream(CommandEndpoint.values()).flatMap(endpoint -> HostileCommands.against(endpoint,
                PARTNERSHIP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostileInputIsRefusedWithItsCodeAndDispatchesNothing(Hostile hostile) throws Exception {
        ProblemAnswer response = send(hostile.attempt());

        assertThat(response.flaw()).as("%s answered %s", hostile, response).isEmpty();
        assertThat(response.status()).as("%s", response).isEqualTo(hostile.status());
        assertThat(response.code()).as("%s", response).isEqualTo(hostile.code());
        if (hostile.field() != null) {
            assertThat(response.fields()).as("%s", response).anyMatch(field -> field.startsWith(hostile.field()));
        }
        verifyNoInteractions(commands);
    }

    @ParameterizedTest(name = "{0}: the valid body is accepted and dispatched once")
    @EnumSource(CommandEndpoint.class)
    void theValidBodyIsAcceptedAndDispatchedOnce(CommandEndpoint endpoint) throws Exception {
        assertAccepted(endpoint, Json.write(endpoint.validBody(UUID.randomUUID().toString())), "");
    }

    static Stream<CommandEndpoint> endpointsWithText() {
        return Arrays.stream(CommandEndpoint.values()).filter(CommandEndpoint::hasText);
    }

    @ParameterizedTest(name = "{0}: a script tag in a text is accepted and dispatched verbatim")
    @MethodSource("endpointsWithText")
    void aScriptTagInATextIsAcceptedAndDispatchedVerbatim(CommandEndpoint endpoint) throws Exception {
        String script = "<script>alert(\"partners\" + '&' + document.cookie)</script>";
        assertAccepted(endpoint, withText(endpoint, script), script);
    }

    @ParameterizedTest(name = "{0}: tabs and line breaks in a text are accepted")
    @MethodSource("endpointsWithText")
    void tabsAndLineBreaksInATextAreAccepted(CommandEndpoint endpoint) throws Exception {
        String lines = "First line\r\n\tindented second line\nthird";
        assertAccepted(endpoint, withText(endpoint, lines), lines);
    }

    @ParameterizedTest(name = "{0}: a text of the longest allowed length, in emoji, is accepted")
    @EnumSource(value = CommandEndpoint.class, names = {"DECISIONS", "CONFLICTS", "VISION"})
    void theLongestTextIsAcceptedEvenInCharactersOfTwoUnits(CommandEndpoint endpoint) throws Exception {
        String longest = "\uD83D\uDE00".repeat(5_000);
        String field = endpoint == CommandEndpoint.DECISIONS || endpoint == CommandEndpoint.VISION
                ? "rationale" : "description";
        assertAccepted(endpoint, Json.write(endpoint.validBody(UUID.randomUUID().toString()).put(field, longest)),
                longest);
    }

    private void assertAccepted(CommandEndpoint endpoint, String body, String dispatchedText) throws Exception {
        ProblemAnswer response = send(Attempt.of(endpoint, PARTNERSHIP, body));

        assertThat(response.status()).as("%s", response).isBetween(200, 201);
        verify(commands).send(any(CommandContext.class),
                argThat(request -> request.toString().contains(dispatchedText)));
    }

    private static String withText(CommandEndpoint endpoint, String text) {
        return Json.write(endpoint.validBody(UUID.randomUUID().toString()).put(endpoint.textField(), text));
    }
}
