package org.partnerledger.console;

import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for command-service, query-service and the provider's discovery over real HTTP: it answers each command
 * with the status and body it was given, records what it received, and lists two partners for any partnership.
 */
public final class StubServices implements AutoCloseable {

    public record Received(String method, String path, String query, String authorization, String body) {
    }

    private static final String PARTNERS = """
            {"partners": [{"id": "abc", "name": "Action for a Better Community"},
                          {"id": "rcsd", "name": "City Schools"}]}""";

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 201;
    private volatile String answer = "{}";
    private final Map<String, String> reads = new ConcurrentHashMap<>();

    public StubServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            boolean read = exchange.getRequestMethod().equals("GET");
            String readAnswer = reads.entrySet().stream().filter(entry -> path.endsWith(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(PARTNERS);
            byte[] bytes = (read ? readAnswer : answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", read || status < 400
                    ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(read ? 200 : status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] bytes = """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/oauth2/authorize",
                     "token_endpoint": "%1$s/oauth2/token", "jwks_uri": "%1$s/oauth2/jwks",
                     "response_types_supported": ["code"], "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(url())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Points the console at this stub for both services and the provider's discovery. */
    public void configure(DynamicPropertyRegistry properties) {
        properties.add("partnerledger.console.command-url", this::url);
        properties.add("partnerledger.console.query-url", this::url);
        properties.add("partnerledger.console.issuer", this::url);
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** What a read whose path ends so is answered; any other read gets the partnership's two partners. */
    public void read(String pathEnd, String json) {
        reads.put(pathEnd, json);
    }

    public void answer(int status, String body) {
        this.status = status;
        this.answer = body;
    }

    public List<Received> commands() {
        return received.stream().filter(request -> !request.method().equals("GET")).toList();
    }

    public List<Received> reads() {
        return received.stream().filter(request -> request.method().equals("GET")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
