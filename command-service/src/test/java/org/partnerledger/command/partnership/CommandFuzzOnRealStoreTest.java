package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.web.ErrorCodes;
import org.partnerledger.web.testing.ProblemAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smaller fuzz pass against the running service and its real event store: a refused request stores nothing, an
 * accepted one stores exactly its event and is a body the contract admits, and a body the contract admits is
 * refused, if at all, only by a rule of the partnership. Shares its seed with {@link CommandFuzzTest}.
 */
class CommandFuzzOnRealStoreTest extends RunningCommandService {

    private static final int MUTATIONS = 50;
    private static final Set<String> EDGE_CODES = Set.of(ErrorCodes.MALFORMED_JSON, ErrorCodes.JSON_LIMIT_EXCEEDED,
            ErrorCodes.UNKNOWN_FIELD, ErrorCodes.WRONG_TYPE, ErrorCodes.VALIDATION_FAILED, ErrorCodes.BODY_TOO_LARGE);
    /**
     * The statuses of the partnership's own rules; a body the contract admits may meet only these. 403 among them:
     * a mutation that appointed another coordinator leaves the test's caller a member, refused what members may not.
     */
    private static final Set<Integer> RULE_STATUSES = Set.of(403, 404, 409, 422);

    @Autowired
    private JdbcClient jdbc;

    private LiveEdge edge;
    private String partnershipId;
    private String decisionId;

    @BeforeEach
    void aPartnershipWithADecision() throws Exception {
        edge = new LiveEdge(url(""), jdbc);
        partnershipId = JsonPath.read(edge.send(Attempt.of(CommandEndpoint.FORM, "",
                Json.write(CommandEndpoint.FORM.validBody("")))).body(), "$.partnershipId");
        decisionId = JsonPath.read(edge.send(Attempt.of(CommandEndpoint.DECISIONS, partnershipId,
                Json.write(CommandEndpoint.DECISIONS.validBody("")))).body(), "$.decisionId");
    }

    @ParameterizedTest(name = "50 random mutations of a valid {0} body store exactly what is accepted")
    @EnumSource(CommandEndpoint.class)
    void everyMutationStoresExactlyWhatIsAccepted(CommandEndpoint endpoint) throws Exception {
        Random seeds = new Random(CommandFuzzTest.SEED - endpoint.ordinal() - 1);
        ObjectNode valid = endpoint.validBody(decisionId);
        List<String> failures = new ArrayList<>();
        for (int mutation = 0; mutation < MUTATIONS && failures.size() < 5; mutation++) {
            long mutationSeed = seeds.nextLong();
            byte[] body = new BodyMutations(mutationSeed).mutate(valid);
            long stored = edge.storedRows();
            ProblemAnswer response = edge.send(Attempt.of(endpoint, partnershipId, body));
            long added = edge.storedRows() - stored;
            int i = mutation;
            flaw(endpoint, body, response, added).ifPresent(flaw -> failures.add(
                    "mutation %d (seed %d) %s: %s%n  body: %s%n  response: %s".formatted(i, mutationSeed, endpoint,
                            flaw, preview(body), response)));
        }
        assertThat(failures).as("fuzz seed %d (replay with -Dfuzz.seed=%d):%n%s", CommandFuzzTest.SEED,
                CommandFuzzTest.SEED, String.join("\n", failures)).isEmpty();
        assertThat(edge.healthy()).isTrue();
    }

    private static Optional<String> flaw(CommandEndpoint endpoint, byte[] body, ProblemAnswer response, long added) {
        boolean admitted = Json.admits(endpoint.shape(), body);
        if (response.status() >= 200 && response.status() < 300) {
            if (!admitted) {
                return Optional.of("accepted a body the contract refuses");
            }
            return added == 1 ? Optional.empty() : Optional.of("accepted, and stored %d rows".formatted(added));
        }
        if (response.status() < 400 || response.status() >= 500) {
            return Optional.of("answered " + response.status());
        }
        if (added != 0) {
            return Optional.of("refused, and stored %d rows".formatted(added));
        }
        Optional<String> notAProblem = response.flaw();
        if (notAProblem.isPresent()) {
            return notAProblem;
        }
        String code = response.code();
        boolean byRule = RULE_STATUSES.contains(response.status()) && !ErrorCodes.NOT_FOUND.equals(code);
        if (admitted && !byRule) {
            return Optional.of("refused a body the contract admits with " + code);
        }
        return EDGE_CODES.contains(code) || byRule ? Optional.empty() : Optional.of("refused with code " + code);
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 400 ? text.substring(0, 400) + "... (%d bytes)".formatted(body.length) : text;
    }
}
