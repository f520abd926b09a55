package org.partnerledger.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Stands in for Spring Boot's error page, which answers in its own JSON (or in HTML to a browser). What ends up here
 * failed outside Spring MVC, in the container or a filter (a malformed chunk, say), and gets problem+json as
 * everything else. The cause is logged where it happened and never told to the client.
 */
@RestController
class ProblemErrorPage implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(statusOf(request));
        HttpStatus known = HttpStatus.resolve(status.value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
                ? "The request could not be completed; it may be retried."
                : "The request was refused before it reached the service: %s.".formatted(
                known == null ? "status " + status.value() : known.getReasonPhrase()));
        problem.setProperty("code", ErrorCodes.forStatus(status.value()));
        ProblemResponses.noteCode(request, ErrorCodes.forStatus(status.value()));
        problem.setInstance(instanceOf(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Asked for directly, the error page is just a path that serves nothing. */
    private static int statusOf(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                ? status : HttpStatus.NOT_FOUND.value();
    }

    private static URI instanceOf(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return URI.create(path instanceof String failed ? failed : request.getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
