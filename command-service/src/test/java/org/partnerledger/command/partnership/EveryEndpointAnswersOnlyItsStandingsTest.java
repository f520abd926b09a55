package org.partnerledger.command.partnership;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.web.testing.ProblemAnswer;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.partnership.CommandEndpoint.ACTION_COMPLETION;
import static org.partnerledger.command.partnership.CommandEndpoint.ACTION_RESCHEDULING;
import static org.partnerledger.command.partnership.CommandEndpoint.ASSETS;
import static org.partnerledger.command.partnership.CommandEndpoint.CHECK_INS;
import static org.partnerledger.command.partnership.CommandEndpoint.CONFLICTS;
import static org.partnerledger.command.partnership.CommandEndpoint.DECISIONS;
import static org.partnerledger.command.partnership.CommandEndpoint.MEASUREMENTS;
import static org.partnerledger.command.partnership.CommandEndpoint.MEASUREMENT_CORRECTIONS;
import static org.partnerledger.command.partnership.CommandEndpoint.METRIC_ENDORSEMENTS;
import static org.partnerledger.command.partnership.CommandEndpoint.REVIEW_RATINGS;
import static org.partnerledger.command.partnership.CommandEndpoint.STORIES;

/**
 * Every endpoint of the command side with every kind of caller, against the rules of {@code docs/security.md}: the
 * coordinator issues every command, members only their partner's business, auditors, funders and admins none; a
 * caller the partnership does not admit is told it does not exist, one without a token is asked for one. An endpoint
 * added without its rule is closed to everyone, and fails here.
 */
class EveryEndpointAnswersOnlyItsStandingsTest extends CommandEdgeTest {

    /** What a member of a partner may issue; every other command is the coordinator's alone. */
    static final Set<CommandEndpoint> MEMBERS_MAY = EnumSet.of(DECISIONS, CONFLICTS, ACTION_COMPLETION,
            ACTION_RESCHEDULING, MEASUREMENTS, MEASUREMENT_CORRECTIONS, METRIC_ENDORSEMENTS, STORIES, CHECK_INS,
            ASSETS, REVIEW_RATINGS);
    private static final String PARTNERSHIP = UUID.randomUUID().toString();
    private static final int LET_THROUGH = 200;

    @Autowired
    private RequestMappingHandlerMapping mappings;

    static Stream<Arguments> endpointsAndCallers() {
        return Arrays.stream(CommandEndpoint.values()).flatMap(endpoint -> Arrays.stream(TestCaller.values())
                .map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("endpointsAndCallers")
    void aCommandAnswersOnlyTheStandingsItsRuleNames(CommandEndpoint endpoint, TestCaller caller) throws Exception {
        ProblemAnswer answer = send(Attempt.of(endpoint, PARTNERSHIP, endpoint.validBody(UUID.randomUUID().toString())
                .toString()).withHeader("Authorization", caller.bearer()));

        int expected = expectedStatus(endpoint, caller);
        assertThat(answer.status() < 300 ? LET_THROUGH : answer.status()).as(answer.toString()).isEqualTo(expected);
        if (expected != LET_THROUGH) {
            assertThat(answer.code()).isEqualTo(expected == 404 ? "PARTNERSHIP_NOT_FOUND" : "FORBIDDEN");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandEndpoints")
    void aCommandWithoutATokenIsAskedForOne(CommandEndpoint endpoint) throws Exception {
        ProblemAnswer answer = send(Attempt.of(endpoint, PARTNERSHIP, endpoint.validBody(UUID.randomUUID().toString())
                .toString()).withoutHeader("Authorization"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theAuditLogsAnswerAuditorsOfThePartnershipAndAdminsOfTheService() throws Exception {
        Map<TestCaller, Integer> partnershipLog = Arrays.stream(TestCaller.values()).collect(Collectors.toMap(
                caller -> caller, caller -> read("/api/partnerships/" + PARTNERSHIP + "/audit-log", caller)));
        Map<TestCaller, Integer> serviceLog = Arrays.stream(TestCaller.values()).collect(Collectors.toMap(
                caller -> caller, caller -> read("/api/audit-log", caller)));

        assertThat(partnershipLog).containsAllEntriesOf(Map.of(TestCaller.AUDITOR, 200, TestCaller.COORDINATOR, 403,
                TestCaller.MEMBER, 403, TestCaller.FUNDER, 403, TestCaller.ADMIN, 404, TestCaller.STRANGER, 404));
        assertThat(serviceLog).containsAllEntriesOf(Map.of(TestCaller.ADMIN, 200, TestCaller.AUDITOR, 403,
                TestCaller.COORDINATOR, 403));
    }

    @Test
    void theOnlyReadsHereAreTheAuditLogs() {
        Set<String> reads = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toSet());

        assertThat(reads).containsExactlyInAnyOrder("/api/partnerships/{partnershipId}/audit-log", "/api/audit-log");
    }

    static Stream<CommandEndpoint> commandEndpoints() {
        return Arrays.stream(CommandEndpoint.values());
    }

    private static int expectedStatus(CommandEndpoint endpoint, TestCaller caller) {
        if (!endpoint.addressesAPartnership()) {
            return caller.role().equals("coordinator") ? LET_THROUGH : 403;
        }
        return switch (caller) {
            case COORDINATOR -> LET_THROUGH;
            case MEMBER, OTHER_MEMBER, OTHER_COORDINATOR -> MEMBERS_MAY.contains(endpoint) ? LET_THROUGH : 403;
            case AUDITOR, FUNDER -> 403;
            case ADMIN, STRANGER -> 404;
        };
    }

    private int read(String path, TestCaller caller) {
        try {
            return send(new Attempt("GET", path, Map.of("Authorization", caller.bearer()), new byte[0], false))
                    .status();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
