package org.partnerledger.infra.launcher.demo;

import org.partnerledger.infra.identity.SignedInUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public API as the demo users reach it: each signed in at the identity provider as {@code ./run token} signs
 * them in, sending their own token. A request refused for the rate limit is sent again once its {@code Retry-After}
 * has passed (a 429 stores nothing).
 */
final class DemoApi {

    record Answer(int status, String body) {

        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private static final int RATE_LIMIT_RETRIES = 3;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI issuer;
    private final Map<String, SignedInUser> users = new ConcurrentHashMap<>();

    DemoApi(URI issuer) {
        this.issuer = issuer;
    }

    Answer send(String user, String method, URI url, String body) {
        HttpRequest.BodyPublisher content = body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(user, HttpRequest.newBuilder(url).method(method, content).header("Content-Type", "application/json"));
    }

    Answer get(String user, URI url) {
        return send(user, HttpRequest.newBuilder(url).GET());
    }

    private Answer send(String user, HttpRequest.Builder request) {
        try {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> response = client.send(request.copy()
                        .header("Authorization", "Bearer " + signedIn(user).accessToken())
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429 || attempt == RATE_LIMIT_RETRIES) {
                    return new Answer(response.statusCode(), response.body());
                }
                Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(5));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo", e);
        }
    }

    private SignedInUser signedIn(String user) {
        return users.computeIfAbsent(user, name -> new SignedInUser(issuer, name));
    }
}
