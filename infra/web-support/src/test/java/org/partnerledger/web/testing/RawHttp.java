package org.partnerledger.web.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, for what java.net.http will not do: send bytes that are no HTTP, and read the answer
 * to a body while the body is still being written. java.net.http finishes writing first, which takes the kernel a
 * second to give up on once the server has answered and closed. Shared by both services' tests of their edge.
 */
public final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    private RawHttp() {
    }

    /** Sends the text as it is, HTTP or not. */
    public static ProblemAnswer exchange(URI server, Duration giveUp, String wire) throws IOException {
        return exchange(server, giveUp, wire.getBytes(StandardCharsets.ISO_8859_1), new byte[0], false);
    }

    /** Writes the request on a thread of its own; the server is asked to close once it has answered. */
    public static ProblemAnswer exchange(URI server, Duration giveUp, String method, String path, Map<String, String> headers,
                                  byte[] body, boolean chunked) throws IOException {
        StringBuilder head = new StringBuilder("%s %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n"
                .formatted(method, path, server.getHost()));
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append(chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length).append("\r\n\r\n");
        return exchange(server, giveUp, head.toString().getBytes(StandardCharsets.ISO_8859_1), body, chunked);
    }

    private static ProblemAnswer exchange(URI server, Duration giveUp, byte[] head, byte[] body, boolean chunked)
            throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout((int) giveUp.toMillis());
            Thread writer = new Thread(() -> write(socket, head, body, chunked));
            writer.start();
            byte[] answer = socket.getInputStream().readAllBytes();
            socket.close();
            joinQuietly(writer);
            return parse(answer);
        }
    }

    private static void write(Socket socket, byte[] head, byte[] body, boolean chunked) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head);
            for (int at = 0; at < body.length; at += CHUNK) {
                int length = Math.min(CHUNK, body.length - at);
                if (chunked) {
                    out.write("%x\r\n".formatted(length).getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(body, at, length);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
        } catch (IOException refusedMidway) {
            // The server answered and closed before the body was through: the case under test.
        }
    }

    private static void joinQuietly(Thread writer) {
        try {
            writer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Read as ISO-8859-1, one character a byte, so that chunk sizes count characters; the body is UTF-8. */
    private static ProblemAnswer parse(byte[] wire) {
        String text = new String(wire, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, headEnd).split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    head[i].substring(colon + 1).trim());
        }
        String body = text.substring(headEnd + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = joinChunks(body);
        }
        return new ProblemAnswer(Integer.parseInt(head[0].split(" ")[1]), headers.get("content-type"),
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String joinChunks(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
