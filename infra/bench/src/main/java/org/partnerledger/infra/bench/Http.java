package org.partnerledger.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocking JSON over HTTP/1.1 with keep-alive, timed per request. One instance is shared by all client threads: the
 * JDK client pools one connection per concurrent request.
 */
final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /** A response: its status, body and how long it took from sending to the whole body. */
    record Answer(int status, String body, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The {@code version} field of a command or query response, if the body has one. */
        OptionalLong version() {
            Matcher matcher = VERSION.matcher(body);
            return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Answer post(String path, String json) {
        return write("POST", path, json, Map.of());
    }

    Answer put(String path, String json) {
        return write("PUT", path, json, Map.of());
    }

    /** Sends a JSON body with a method such as POST or PUT and the given extra headers. */
    Answer write(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, String.valueOf(e.getMessage()), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
