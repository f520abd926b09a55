package org.partnerledger.infra.launcher;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a service jar: serves an UP health on {@code SERVER_PORT} and prints the environment the launcher
 * hands to services, or exits at once with {@code STUB_EXIT_CODE} when that is set.
 */
public final class StubService {

    private StubService() {
    }

    public static void main(String[] args) throws IOException {
        String exitCode = System.getenv("STUB_EXIT_CODE");
        if (exitCode != null) {
            System.out.println("stub failing on purpose");
            System.exit(Integer.parseInt(exitCode));
        }
        for (String variable : new String[] {"SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", "PARTNERLEDGER_ISSUER", "PARTNERLEDGER_IDENTITY_KEY_FILE",
                "PARTNERLEDGER_COMMAND_URL", "PARTNERLEDGER_QUERY_URL"}) {
            System.out.println(variable + "=" + System.getenv(variable));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/actuator/health", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, up.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(up);
            }
        });
        server.start();
    }
}
