package org.partnerledger.console.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A file of query-service (an export, a report) passed on to the browser as it streams: nothing is held in the
 * console's memory, and the service's headers that describe the file come along.
 */
public final class Download {

    private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
            "Partnership-Version");

    private Download() {
    }

    public static ResponseEntity<StreamingResponseBody> of(HttpResponse<InputStream> answer) throws IOException {
        if (answer.statusCode() != 200) {
            try (InputStream body = answer.body()) {
                throw new ServiceRefused(Problem.parse(answer.statusCode(), new String(body.readAllBytes())));
            }
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store");
        for (String header : PASSED_ON) {
            answer.headers().firstValue(header).ifPresent(value -> response.header(header, value));
        }
        return response.body(output -> copyFlushing(answer.body(), output));
    }

    /** Flushes after every read, so that an event stream's events reach the browser when they are sent. */
    private static void copyFlushing(InputStream from, OutputStream to) throws IOException {
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
