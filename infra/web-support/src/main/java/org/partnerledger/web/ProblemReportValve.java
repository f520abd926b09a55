package org.partnerledger.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own last word, for requests it refuses before any servlet sees them (a request line or headers too
 * large, an encoded slash or NUL in the path, bytes that are no HTTP): problem+json with a stable code instead of
 * Tomcat's HTML page. Written by hand, since the container must not depend on the application's mapper.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final String CONTAINER_REFUSED =
            "The request line or headers are malformed or too large, or the path is not allowed.";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // Nothing is left to tell a client that has gone or a response that is already on its way.
        }
    }

    private static String problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "The request could not be completed; it may be retried."
                : status == 400 ? CONTAINER_REFUSED : title + ".";
        return "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"code\":\"%s\"}"
                .formatted(title, status, detail, ErrorCodes.forStatus(status));
    }
}
