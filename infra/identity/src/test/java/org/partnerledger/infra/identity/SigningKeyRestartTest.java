package org.partnerledger.infra.identity;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyRestartTest {

    @TempDir
    Path data;

    @Test
    void aTokenSignedBeforeARestartStillVerifiesAgainstTheKeysServedAfterIt() throws Exception {
        String token;
        String kidBefore;
        try (ConfigurableApplicationContext provider = start()) {
            URI issuer = issuerOf(provider);
            token = new DemoLogin(issuer).signIn("auditor", "demo").accessToken();
            kidBefore = JWKSet.load(new URL(issuer + "/oauth2/jwks")).getKeys().get(0).getKeyID();
        }

        try (ConfigurableApplicationContext provider = start()) {
            JWKSet keys = JWKSet.load(new URL(issuerOf(provider) + "/oauth2/jwks"));

            assertThat(keys.getKeys()).singleElement().extracting(key -> key.getKeyID()).isEqualTo(kidBefore);
            assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(keys.getKeyByKeyId(kidBefore).toRSAKey())))
                    .isTrue();
        }
    }

    /** A new port each time: nothing but the key file is shared between the two runs. */
    private ConfigurableApplicationContext start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new SpringApplicationBuilder(IdentityProvider.class).run(
                "--server.port=" + port,
                "--partnerledger.identity.key-file=" + data.resolve("identity/signing-key.json"));
    }

    private static URI issuerOf(ConfigurableApplicationContext provider) {
        return URI.create("http://localhost:" + provider.getEnvironment().getProperty("local.server.port"));
    }
}
