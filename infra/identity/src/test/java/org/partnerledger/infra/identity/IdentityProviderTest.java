package org.partnerledger.infra.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider as {@code ./run} starts it, on a port chosen before it starts so that its configured issuer,
 * {@code http://localhost:<port>}, is the one under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityProviderTest {

    private static final int PORT = freePort();
    private static final URI ISSUER = URI.create("http://localhost:" + PORT);
    private static final String ABC = UUID.nameUUIDFromBytes(
            "partnerledger:organisation:abc".getBytes(StandardCharsets.UTF_8)).toString();

    @DynamicPropertySource
    static void portAndKeyFile(DynamicPropertyRegistry properties) throws IOException {
        properties.add("server.port", () -> PORT);
        properties.add("partnerledger.identity.key-file",
                Files.createTempDirectory("identity").resolve("signing-key.json")::toString);
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndItsKeys() throws Exception {
        JsonNode discovery = new ObjectMapper().readTree(new URL(ISSUER + "/.well-known/openid-configuration"));

        assertThat(discovery.path("issuer").asText()).isEqualTo(ISSUER.toString());
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(JWKSet.load(new URL(discovery.path("jwks_uri").asText())).getKeys()).hasSize(1);
    }

    @Test
    void aUserSignedInWithTheCodeFlowGetsAnAccessTokenSignedByTheProviderThatNamesTheirRoleAndOrganisation()
            throws Exception {
        String token = new DemoLogin(ISSUER).signIn("coordinator", "demo").accessToken();

        JWTClaimsSet claims = verified(token);
        assertThat(claims.getSubject()).isEqualTo("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01");
        assertThat(claims.getStringClaim("role")).isEqualTo("coordinator");
        assertThat(claims.getStringClaim("organisation")).isEqualTo(ABC);
        assertThat(claims.getStringClaim("organisation_name")).isEqualTo("Action for a Better Community");
        assertThat(claims.getStringClaim("name")).isEqualTo("Dana Coordinator");
        assertThat(claims.getAudience()).containsExactly("partnerledger");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER.toString());
        assertThat(claims.getNotBeforeTime()).isNotNull();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theIdTokenCarriesTheSameProfileClaimsAddressedToTheClient() throws Exception {
        String idToken = new DemoLogin(ISSUER).signIn("member-rcsd", "demo").idToken();

        JWTClaimsSet claims = verified(idToken);
        assertThat(claims.getSubject()).isEqualTo("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a03");
        assertThat(claims.getStringClaim("role")).isEqualTo("member");
        assertThat(claims.getStringClaim("organisation_name")).isEqualTo("Rochester City School District");
        assertThat(claims.getStringClaim("name")).isEqualTo("Riley Member");
        assertThat(claims.getAudience()).containsExactly(DemoLogin.CLIENT_ID);
    }

    @Test
    void theConsoleSignsInThroughEitherOfItsRedirects() throws Exception {
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String token = new DemoLogin(ISSUER, "partnerledger-console",
                    "http://" + host + ":8082/login/oauth2/code/partnerledger").signIn("funder", "demo").accessToken();

            assertThat(verified(token).getStringClaim("role")).isEqualTo("funder");
        }
    }

    @Test
    void theConsoleMayNotAuthorizeWithoutPkce() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/authorize"
                        + "?response_type=code&client_id=partnerledger-console&scope=openid"
                        + "&redirect_uri=http://127.0.0.1:8082/login/oauth2/code/partnerledger")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("http://127.0.0.1:8082/login/oauth2/code/partnerledger?error=invalid_request")
                .contains("code_challenge"));
    }

    @Test
    void runTokenPrintsTheAccessTokenOnItsLastLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitCode = TokenCommand.run(new String[] {"auditor"}, Map.of("PARTNERLEDGER_ISSUER", ISSUER.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exitCode).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(verified(lines[lines.length - 1]).getStringClaim("role")).isEqualTo("auditor");
    }

    @Test
    void aSignedInDemoUserSignsInWithThePasswordOfTheDirectoryAndNamesTheSubjectOfItsToken() throws Exception {
        SignedInUser member = new SignedInUser(ISSUER, "member-rcsd");

        assertThat(verified(member.accessToken()).getStringClaim("role")).isEqualTo("member");
        assertThat(member.subject()).isEqualTo("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a03");
    }

    @Test
    void aWrongPasswordGetsNoCode() {
        assertThatThrownBy(() -> new DemoLogin(ISSUER).signIn("coordinator", "not-demo"))
                .isInstanceOf(DemoLogin.LoginRefused.class)
                .hasMessageContaining("Wrong username or password");
    }

    @Test
    void anUnknownUserGetsNoCode() {
        assertThatThrownBy(() -> new DemoLogin(ISSUER).signIn("mallory", "demo"))
                .isInstanceOf(DemoLogin.LoginRefused.class);
    }

    private static JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet keys = JWKSet.load(new URL(ISSUER + "/oauth2/jwks"));
        assertThat(jwt.verify(new RSASSAVerifier(keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey())))
                .as("signature verifies against the JWKS").isTrue();
        return jwt.getJWTClaimsSet();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
