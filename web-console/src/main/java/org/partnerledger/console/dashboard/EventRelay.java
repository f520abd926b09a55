package org.partnerledger.console.dashboard;

import org.partnerledger.console.api.Problem;
import org.partnerledger.console.api.ServiceRefused;
import org.partnerledger.console.api.Services;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/**
 * The partnership's event stream of query-service, relayed to the browser: an EventSource cannot send a bearer
 * token, and the token stays on the server (ADR 19). Bytes are copied as they come and flushed at once, so each
 * version event reaches the page when the service sends it; the stream ends when either side ends it.
 */
@RestController
class EventRelay {

    private final Services services;

    EventRelay(Services services) {
        this.services = services;
    }

    @GetMapping(path = "/partnerships/{partnershipId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<StreamingResponseBody> events(@PathVariable UUID partnershipId) throws IOException {
        HttpResponse<InputStream> stream = services.relay("/api/partnerships/" + partnershipId + "/events", Map.of(),
                MediaType.TEXT_EVENT_STREAM_VALUE);
        if (stream.statusCode() != 200) {
            try (InputStream body = stream.body()) {
                throw new ServiceRefused(Problem.parse(stream.statusCode(), new String(body.readAllBytes())));
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(output -> copyFlushing(stream.body(), output));
    }

    static void copyFlushing(InputStream from, OutputStream to) throws IOException {
        try (InputStream in = from) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                to.write(buffer, 0, read);
                to.flush();
            }
        }
    }
}
