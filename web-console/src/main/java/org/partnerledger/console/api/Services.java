package org.partnerledger.console.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The console's one way to the services: each call carries the signed-in user's token, so the services decide
 * what the user may read and do, exactly as for any other client. Answers are kept as the JSON trees the API
 * documents (maps and lists): the pages show the contract's fields, and a new field needs no code here.
 */
@Component
public class Services {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final ServiceAddresses addresses;
    private final AccessToken token;

    Services(ServiceAddresses addresses, AccessToken token) {
        this.addresses = addresses;
        this.token = token;
    }

    /** A JSON object from query-service; a refusal becomes {@link ServiceRefused}. */
    public Map<String, Object> query(String path, Map<String, ?> parameters) {
        return read(uri(addresses.queryUrl(), path, parameters), OBJECT);
    }

    /** A JSON array from query-service; a refusal becomes {@link ServiceRefused}. */
    public List<Map<String, Object>> queryList(String path) {
        return read(uri(addresses.queryUrl(), path, Map.of()), LIST);
    }

    /** A command to command-service; success and refusal are both answers, for the form to show. */
    public CommandAnswer command(String method, String path, String body) {
        HttpRequest.Builder request = request(uri(addresses.commandUrl(), path, Map.of()))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = send(request, BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            throw new AccessToken.SignInRequired();
        }
        if (response.statusCode() / 100 == 2) {
            return CommandAnswer.accepted(parse(response.body(), OBJECT));
        }
        return CommandAnswer.refused(Problem.parse(response.statusCode(), response.body()));
    }

    /**
     * An answer of query-service to be copied to the browser as it comes (event streams, exports): the caller
     * closes the body. The token is read now, on the request's thread.
     */
    public HttpResponse<InputStream> relay(String path, Map<String, ?> parameters, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(addresses.queryUrl(), path, parameters))
                .header("Authorization", "Bearer " + token.current())
                .header("Accept", accept);
        return send(request.GET(), BodyHandlers.ofInputStream());
    }

    private <T> T read(URI uri, TypeReference<T> type) {
        HttpResponse<String> response = send(request(uri).GET(), BodyHandlers.ofString());
        refuseUnlessOk(response.statusCode(), response.body());
        return parse(response.body(), type);
    }

    private static void refuseUnlessOk(int status, String body) {
        if (status == 401) {
            throw new AccessToken.SignInRequired();
        }
        if (status != 200) {
            throw new ServiceRefused(Problem.parse(status, body));
        }
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(READ_TIMEOUT)
                .header("Authorization", "Bearer " + token.current())
                .header("Accept", "application/json, application/problem+json");
    }

    private static URI uri(URI base, String path, Map<String, ?> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUri(base).path(path);
        parameters.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(each -> builder.queryParam(name, each));
            } else if (value != null && !value.toString().isBlank()) {
                builder.queryParam(name, value);
            }
        });
        return builder.encode().build().toUri();
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("A service did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> T parse(String body, TypeReference<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
