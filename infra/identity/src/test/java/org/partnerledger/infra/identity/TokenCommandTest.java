package org.partnerledger.infra.identity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./run token} without a provider to talk to; {@link IdentityProviderTest} signs in against a real one. */
class TokenCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutAUserItListsTheDemoUsersWithRoleAndOrganisation() throws Exception {
        assertThat(run()).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("coordinator +coordinator +Action for a Better Community")
                .containsPattern("member-rcsd +member +Rochester City School District")
                .containsPattern("admin +admin +PartnerLedger Platform");
    }

    @Test
    void saysToStartRunWhenNoProviderAnswers() throws Exception {
        int silentPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            silentPort = socket.getLocalPort();
        }

        assertThat(run(Map.of("PARTNERLEDGER_IDENTITY_PORT", String.valueOf(silentPort)), "coordinator"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "No identity provider answers at http://localhost:" + silentPort, "./run in another terminal");
    }

    @Test
    void refusesAUserWhoIsNotInTheDemoDirectory() throws Exception {
        assertThat(run(Map.of(), "mallory")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No demo user 'mallory'");
    }

    private int run(String... args) throws InterruptedException {
        return run(Map.of(), args);
    }

    private int run(Map<String, String> env, String... args) throws InterruptedException {
        return TokenCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
