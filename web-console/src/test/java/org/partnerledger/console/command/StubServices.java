package org.partnerledger.console.command;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for command-service, query-service and the provider's discovery over real HTTP: it answers each command
 * with the status and body it was given, records what it received, and lists two partners for any partnership.
 */
final class StubServices implements AutoCloseable {

    record Received(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 201;
    private volatile String answer = "{}";

    StubServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            boolean read = exchange.getRequestMethod().equals("GET");
            byte[] bytes = (read ? """
                    {"partners": [{"id": "abc", "name": "Action for a Better Community"},
                                  {"id": "rcsd", "name": "City Schools"}]}""" : answer)
                    .getBytes(StandardCharsets.UTF_8);
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

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void answer(int status, String body) {
        this.status = status;
        this.answer = body;
    }

    List<Received> commands() {
        return received.stream().filter(request -> !request.method().equals("GET")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
