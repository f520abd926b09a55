package org.partnerledger.console.dashboard;

import org.partnerledger.console.api.Download;
import org.partnerledger.console.api.Services;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * The partnership's event stream of query-service, relayed to the browser: an EventSource cannot send a bearer
 * token, and the token stays on the server (ADR 19). The stream ends when either side ends it; the browser's
 * EventSource then connects again by itself.
 */
@RestController
class EventRelay {

    private final Services services;

    EventRelay(Services services) {
        this.services = services;
    }

    @GetMapping(path = "/partnerships/{partnershipId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<StreamingResponseBody> events(@PathVariable UUID partnershipId) throws IOException {
        return Download.of(services.relay("/api/partnerships/" + partnershipId + "/events", Map.of(),
                MediaType.TEXT_EVENT_STREAM_VALUE));
    }
}
