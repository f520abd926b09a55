package org.partnerledger.infra.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./run rebuild} against a stand-in for query-service's admin endpoint, answering a script. */
class RebuildCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<String> progress = new ArrayDeque<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int postStatus = 202;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void startsARebuildAndPrintsItsProgressUntilItIsDone() throws Exception {
        progress.add("""
                {"state":"REBUILDING","eventsDone":500,"eventsTotal":2000,"eventsPerSecond":250.0,"secondsLeft":6}""");
        progress.add("""
                {"state":"DONE","eventsDone":2000,"eventsTotal":2000,"differingRows":{"ledger_state":0}}""");

        assertThat(run()).isZero();

        assertThat(output()).contains("REBUILDING 500 of 2,000 events, 250/s, about 6 s left",
                "DONE       2,000 of 2,000 events; rows that differed from the live tables: none");
        assertThat(authorizations).isNotEmpty().allMatch("Bearer admin-token"::equals);
    }

    @Test
    void followsARebuildAlreadyRunningAndFailsWithIt() throws Exception {
        postStatus = 409;
        progress.add("""
                {"state":"FAILED","eventsDone":10,"eventsTotal":20,"failure":"the listeners did not pause"}""");

        assertThat(run()).isEqualTo(1);

        assertThat(output()).contains("already running", "FAILED     10 of 20 events: the listeners did not pause");
    }

    @Test
    void namesTheTablesThatDiffered() throws Exception {
        progress.add("""
                {"state":"DONE","eventsDone":3,"eventsTotal":3,
                 "differingRows":{"history_event":2,"ledger_state":0}}""");

        assertThat(run()).isZero();

        assertThat(output()).contains("rows that differed from the live tables: 2 (history_event=2)");
    }

    private int run() throws IOException, InterruptedException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/admin/rebuild", this::answer);
        server.start();
        URI queryService = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new RebuildCommand(queryService, () -> "admin-token", Duration.ofMillis(1),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run();
    }

    private void answer(HttpExchange exchange) throws IOException {
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        boolean post = exchange.getRequestMethod().equals("POST");
        String body = post ? "{\"state\":\"REBUILDING\"}" : progress.size() > 1 ? progress.poll() : progress.peek();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(post ? postStatus : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
