package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerledger.web.ErrorCodes;
import org.partnerledger.web.testing.ProblemAnswer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

/**
 * Thousands of randomly damaged bodies per command endpoint, against the real controller and web-support with the
 * aggregate mocked. Each must be accepted, and then be one the contract admits, or be refused with problem+json and
 * a code of the edge, and then dispatch nothing. Run with {@code -Dfuzz.seed=...} to replay a failure.
 */
class CommandFuzzTest extends CommandEdgeTest {

    static final long SEED = Long.getLong("fuzz.seed", new Random().nextLong());
    private static final int MUTATIONS = 1_000;
    private static final Set<String> EDGE_CODES = Set.of(ErrorCodes.MALFORMED_JSON, ErrorCodes.JSON_LIMIT_EXCEEDED,
            ErrorCodes.UNKNOWN_FIELD, ErrorCodes.WRONG_TYPE, ErrorCodes.VALIDATION_FAILED, ErrorCodes.BODY_TOO_LARGE);

    @ParameterizedTest(name = "1,000 random mutations of a valid {0} body are each accepted as valid or refused "
            + "with a problem")
    @EnumSource(CommandEndpoint.class)
    void everyMutationIsAcceptedAsValidOrRefusedWithAProblem(CommandEndpoint endpoint) throws Exception {
        Random seeds = new Random(SEED + endpoint.ordinal());
        ObjectNode valid = endpoint.validBody(UUID.randomUUID().toString());
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int mutation = 0; mutation < MUTATIONS && failures.size() < 5; mutation++) {
            int i = mutation;
            long mutationSeed = seeds.nextLong();
            byte[] body = new BodyMutations(mutationSeed).mutate(valid);
            clearInvocations(commands);
            ProblemAnswer response = send(Attempt.of(endpoint, UUID.randomUUID().toString(), body));
            boolean dispatched = !mockingDetails(commands).getInvocations().isEmpty();
            accepted += response.status() < 300 ? 1 : 0;
            flaw(endpoint, body, response, dispatched).ifPresent(flaw -> failures.add(
                    "mutation %d (seed %d) %s: %s%n  body: %s%n  response: %s".formatted(i, mutationSeed,
                            endpoint, flaw, preview(body), response)));
        }
        assertThat(failures).as("fuzz seed %d (replay with -Dfuzz.seed=%d), %d accepted:%n%s", SEED, SEED,
                accepted, String.join("\n", failures)).isEmpty();
        assertThat(accepted).as("mutations that stay valid, with fuzz seed %d: none means every request is refused "
                + "for a reason of the test's own", SEED).isPositive();
    }

    private static Optional<String> flaw(CommandEndpoint endpoint, byte[] body, ProblemAnswer response,
                                         boolean dispatched) {
        boolean admitted = Json.admits(endpoint.shape(), body);
        if (response.status() >= 200 && response.status() < 300) {
            return admitted && dispatched ? Optional.empty()
                    : Optional.of(admitted ? "accepted without dispatching" : "accepted a body the contract refuses");
        }
        if (response.status() < 400 || response.status() >= 500) {
            return Optional.of("answered " + response.status());
        }
        Optional<String> notAProblem = response.flaw();
        if (notAProblem.isPresent()) {
            return notAProblem;
        }
        if (!EDGE_CODES.contains(response.code())) {
            return Optional.of("refused with code " + response.code());
        }
        if (dispatched) {
            return Optional.of("refused after dispatching");
        }
        return admitted ? Optional.of("refused a body the contract admits") : Optional.empty();
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 400 ? text.substring(0, 400) + "... (%d bytes)".formatted(body.length) : text;
    }
}
