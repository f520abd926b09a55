package org.partnerledger.query;

import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The reliability issue's list of hostile input ("Hostile input"), made concrete for the query endpoints: what is
 * sent, and the status and code it must be refused with. Every case is sent by {@link TestCaller#COORDINATOR}, whom
 * {@link #PARTNERSHIP} admits: it is refused for what it is, not for who sends it.
 */
public final class HostileQueries {

    public static final List<String> DASHBOARD = List.of("/api/partnerships", "/api/partnerships/{partnershipId}",
            "/api/partnerships/{partnershipId}/decisions", "/api/partnerships/{partnershipId}/actions",
            "/api/partnerships/{partnershipId}/conflicts");
    public static final String HISTORY = "/api/partnerships/{partnershipId}/history";
    /** The partnership the cases name where they name one that is a UUID. */
    public static final String PARTNERSHIP = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String PARTNERSHIP_VARIABLE = "{partnershipId}";
    private static final int ONE_MB = 1024 * 1024;

    private final String endpoint;
    private final List<Hostile> cases = new ArrayList<>();

    private HostileQueries(String endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * A request refused, and what the client must hear.
     *
     * @param path    already encoded
     * @param chunked sent without a Content-Length (only a real server can tell)
     */
    public record Hostile(String endpoint, String description, String method, String path,
                          Map<String, String> headers, byte[] body, boolean chunked, int status, String code) {

        public MockHttpServletRequestBuilder toMockMvc() {
            MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), URI.create(path)).content(body);
            headers.forEach(builder::header);
            return builder;
        }

        /** As java.net.http sends it; it cannot send chunks of a body it holds whole. */
        public HttpRequest toHttp(String baseUrl) {
            HttpRequest.BodyPublisher publisher = body.length == 0
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, publisher);
            headers.forEach(builder::header);
            return builder.build();
        }

        public Hostile inChunks() {
            return new Hostile(endpoint, description + " in chunks", method, path, headers, body, true, status, code);
        }

        @Override
        public String toString() {
            return "GET %s: %s is refused with %d %s".formatted(endpoint, description, status, code);
        }
    }

    /** Every case but the body of 10 MB and bodies in chunks, which only a real server can tell apart. */
    public static Stream<Hostile> against(String endpoint) {
        HostileQueries table = new HostileQueries(endpoint);
        table.cases.add(table.bodyOf("a body of 1 MB", ONE_MB));
        table.wrongMethodsAndMediaTypes();
        table.idsThatAreNotUuids();
        if (endpoint.equals(HISTORY)) {
            table.absurdPageParameters();
        }
        return table.cases.stream();
    }

    /** What only a real server can show beyond {@link #against}: a body of 10 MB, and bodies sent in chunks. */
    public static Stream<Hostile> beyondMockMvc(String endpoint) {
        HostileQueries table = new HostileQueries(endpoint);
        Hostile tenMegabytes = table.bodyOf("a body of 10 MB", 10 * ONE_MB);
        return Stream.of(table.bodyOf("a body of 1 MB", ONE_MB).inChunks(), tenMegabytes, tenMegabytes.inChunks());
    }

    private void wrongMethodsAndMediaTypes() {
        add("a request that accepts only HTML", "GET", path(PARTNERSHIP), Map.of("Accept", "text/html"), new byte[0],
                406, "NOT_ACCEPTABLE");
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            add("a " + method, method, path(PARTNERSHIP), Map.of("Content-Type", "application/json"),
                    "{}".getBytes(StandardCharsets.UTF_8), 405, "METHOD_NOT_ALLOWED");
        }
        add("an unknown path below it", "GET", path(PARTNERSHIP) + "/more/than/this", Map.of(), new byte[0], 404,
                "NOT_FOUND");
    }

    private void idsThatAreNotUuids() {
        if (!endpoint.contains(PARTNERSHIP_VARIABLE)) {
            return;
        }
        for (String notAUuid : List.of("not-a-uuid", "42", "1-1-1-1-1", "%27%20OR%20%271%27%3D%271",
                "%3Cscript%3Ealert(1)%3C-script%3E", "x".repeat(2_000))) {
            add("a partnership id '%s'".formatted(notAUuid.length() > 40 ? "x... (2,000 characters)" : notAUuid),
                    "GET", path(notAUuid), Map.of(), new byte[0], 400, "INVALID_PARAMETER");
        }
    }

    private void absurdPageParameters() {
        for (String query : List.of("limit=-1", "limit=0", "limit=1001", "after=-2")) {
            add("a page with " + query, "GET", path(PARTNERSHIP) + "?" + query, Map.of(), new byte[0], 400,
                    "VALIDATION_FAILED");
        }
        for (String query : List.of("limit=99999999999", "limit=abc", "limit=1.5", "limit=1e3", "limit=%00",
                "after=abc", "after=99999999999999999999", "after=1.5", "after=%3Cscript%3E")) {
            add("a page with " + query, "GET", path(PARTNERSHIP) + "?" + query, Map.of(), new byte[0], 400,
                    "INVALID_PARAMETER");
        }
    }

    private String path(String id) {
        return endpoint.replace(PARTNERSHIP_VARIABLE, id);
    }

    private Hostile bodyOf(String description, int bytes) {
        byte[] json = ("{\"filter\": \"" + "x".repeat(bytes) + "\"}").getBytes(StandardCharsets.UTF_8);
        return new Hostile(endpoint, description, "GET", path(PARTNERSHIP),
                signedIn(Map.of("Content-Type", "application/json")), json, false, 413, "BODY_TOO_LARGE");
    }

    private void add(String description, String method, String path, Map<String, String> headers, byte[] body,
                     int status, String code) {
        cases.add(new Hostile(endpoint, description, method, path, signedIn(headers), body, false, status, code));
    }

    private static Map<String, String> signedIn(Map<String, String> headers) {
        Map<String, String> signed = new LinkedHashMap<>(headers);
        signed.put("Authorization", TestCaller.COORDINATOR.bearer());
        return signed;
    }
}
