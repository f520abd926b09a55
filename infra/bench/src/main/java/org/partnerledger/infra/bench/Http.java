package org.partnerledger.infra.bench;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.partnerledger.infra.identity.SignedInUser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocking JSON over HTTP/1.1 with keep-alive, timed per request, as one signed-in user: every request carries that
 * user's bearer token, renewed before it expires. One instance is shared by all client threads, each of which sends
 * and reads on its own thread over a pooled connection (Apache HttpClient's classic API): the JDK's client hands
 * every request to a selector thread and back, which cost the machine a third of a core at 1,000 requests/s.
 * Nothing is retried or redirected: every answer is counted as the service gave it.
 */
final class Http {

    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);
    private static final Timeout TIMEOUT = Timeout.ofSeconds(30);
    /** More than any section's concurrent clients and probes together. */
    private static final int CONNECTIONS = 256;
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /** A response: its status, body, how long it took from sending to the whole body, and its ETag or "". */
    record Answer(int status, String body, long nanos, String etag) {

        Answer(int status, String body, long nanos) {
            this(status, body, nanos, "");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The {@code version} field of a command or query response, if the body has one. */
        OptionalLong version() {
            Matcher matcher = VERSION.matcher(body);
            return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
        }
    }

    /**
     * A streamed response: its status, the lines of its body (those with anything but a carriage return in them),
     * its bytes, and the time from sending to the first and to the last byte of the body. The body itself is kept
     * only when the status is not 2xx, for the report.
     */
    record Streamed(int status, long lines, long bytes, long nanosToFirstByte, long nanosToLastByte, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(CONNECTIONS)
                    .setMaxConnPerRoute(CONNECTIONS)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(CONNECT_TIMEOUT).setSocketTimeout(TIMEOUT).build())
                    .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(TIMEOUT).build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .build();
    private final URI base;
    private final SignedInUser user;

    Http(URI base, SignedInUser user) {
        this.base = base;
        this.user = user;
    }

    Answer get(String path) {
        return send(ClassicRequestBuilder.get(base.resolve(path)).build());
    }

    /** A conditional GET: 304 and no body while the resource still has this ETag. */
    Answer getUnlessStill(String path, String etag) {
        return send(ClassicRequestBuilder.get(base.resolve(path)).addHeader("If-None-Match", etag).build());
    }

    Answer post(String path, String json) {
        return write("POST", path, json, Map.of());
    }

    Answer put(String path, String json) {
        return write("PUT", path, json, Map.of());
    }

    /** Sends a JSON body with a method such as POST or PUT and the given extra headers. */
    Answer write(String method, String path, String json, Map<String, String> headers) {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(base.resolve(path))
                .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        headers.forEach(request::addHeader);
        return send(request.build());
    }

    /**
     * Sends a GET and reads its body as it arrives, counting lines (JSON Lines: one record a line) without keeping
     * them.
     */
    Streamed stream(String path) {
        ClassicHttpRequest request = ClassicRequestBuilder.get(base.resolve(path)).build();
        request.setHeader("Authorization", "Bearer " + user.accessToken());
        long start = System.nanoTime();
        try {
            return client.execute(request, response -> {
                int status = response.getCode();
                if (response.getEntity() == null) {
                    long now = System.nanoTime() - start;
                    return new Streamed(status, 0, 0, now, now, "");
                }
                if (status < 200 || status >= 300) {
                    String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                    long now = System.nanoTime() - start;
                    return new Streamed(status, 0, body.length(), now, now, body);
                }
                LineCounter counter = new LineCounter();
                long firstByte = -1;
                try (InputStream body = response.getEntity().getContent()) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                        if (read > 0 && firstByte < 0) {
                            firstByte = System.nanoTime() - start;
                        }
                        counter.add(buffer, read);
                    }
                }
                long lastByte = System.nanoTime() - start;
                return new Streamed(status, counter.lines(), counter.bytes(), firstByte < 0 ? lastByte : firstByte,
                        lastByte, null);
            });
        } catch (IOException e) {
            long now = System.nanoTime() - start;
            return new Streamed(0, 0, 0, now, now, String.valueOf(e.getMessage()));
        }
    }

    /** Counts the lines of a body read in chunks: a line counts once it has a byte other than CR or LF. */
    static final class LineCounter {

        private long lines;
        private long bytes;
        private boolean inLine;

        void add(byte[] chunk, int length) {
            bytes += length;
            for (int i = 0; i < length; i++) {
                byte b = chunk[i];
                if (b == '\n') {
                    inLine = false;
                } else if (b != '\r' && !inLine) {
                    inLine = true;
                    lines++;
                }
            }
        }

        long lines() {
            return lines;
        }

        long bytes() {
            return bytes;
        }
    }

    private Answer send(ClassicHttpRequest request) {
        request.setHeader("Authorization", "Bearer " + user.accessToken());
        long start = System.nanoTime();
        try {
            return client.execute(request, response -> new Answer(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(),
                            StandardCharsets.UTF_8), System.nanoTime() - start,
                    response.containsHeader("ETag") ? response.getFirstHeader("ETag").getValue() : ""));
        } catch (IOException e) {
            return new Answer(0, String.valueOf(e.getMessage()), System.nanoTime() - start);
        }
    }
}
