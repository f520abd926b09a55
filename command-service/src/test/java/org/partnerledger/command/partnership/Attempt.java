package org.partnerledger.command.partnership;

import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * One request as plain data, sent by {@link TestCaller#COORDINATOR} unless it says otherwise, so that the same
 * table can be sent through MockMvc and through a real Tomcat.
 *
 * @param path    already encoded
 * @param chunked sent without a Content-Length (only a real server can tell the difference)
 */
record Attempt(String method, String path, Map<String, String> headers, byte[] body, boolean chunked) {

    static Attempt of(CommandEndpoint endpoint, String partnershipId, String body) {
        return of(endpoint, partnershipId, body.getBytes(StandardCharsets.UTF_8));
    }

    static Attempt of(CommandEndpoint endpoint, String partnershipId, byte[] body) {
        return new Attempt(endpoint.method(), endpoint.path(partnershipId),
                Map.of("Content-Type", "application/json", "Authorization", TestCaller.COORDINATOR.bearer()), body,
                false);
    }

    Attempt withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Attempt(method, path, more, body, chunked);
    }

    Attempt withoutHeader(String name) {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(name);
        return new Attempt(method, path, fewer, body, chunked);
    }

    Attempt withMethod(String other) {
        return new Attempt(other, path, headers, body, chunked);
    }

    Attempt withPath(String other) {
        return new Attempt(method, other, headers, body, chunked);
    }

    Attempt inChunks() {
        return new Attempt(method, path, headers, body, true);
    }

    MockHttpServletRequestBuilder toMockMvc() {
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), URI.create(path)).content(body);
        headers.forEach(builder::header);
        return builder;
    }

    /** As java.net.http sends it; RawHttp sends chunks. */
    HttpRequest toHttp(String baseUrl) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method,
                body.length == 0 ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return builder.build();
    }

    @Override
    public String toString() {
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        return "%s %s %s %s%s".formatted(method, path, headers, text, body.length > 200
                ? "... (%d bytes%s)".formatted(body.length, chunked ? ", chunked" : "") : "");
    }
}
