package org.partnerledger.infra.endtoend;

import com.jayway.jsonpath.JsonPath;
import org.partnerledger.infra.identity.SignedInUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A web client's view of the services: JSON in, status and JSON out, as a signed-in user or as no one. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SignedInUser user;

    /** Sends the user's bearer token on every request. */
    Http(SignedInUser user) {
        this.user = user;
    }

    /** Sends no token: what a caller who never signed in gets. */
    static Http anonymous() {
        return new Http(null);
    }

    Response post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response post(String url, String json, String idempotencyKey) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Idempotency-Key", idempotencyKey));
    }

    Response put(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Bearer " + user.accessToken());
        }
        try {
            HttpResponse<String> response = client.send(request.header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body, HttpHeaders headers) {

        <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
