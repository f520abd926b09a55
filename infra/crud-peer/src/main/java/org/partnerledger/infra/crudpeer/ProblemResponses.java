package org.partnerledger.infra.crudpeer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * Answers every refused request with RFC 9457 problem+json carrying a stable {@code code}, named as in
 * PartnerLedger's docs/api.md, so that the benchmark's client reads both systems' refusals alike.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refused(Refusal refusal, WebRequest request) {
        return handleExceptionInternal(refusal, problem(refusal.status(), refusal.code(), refusal.getMessage()),
                new HttpHeaders(), refusal.status(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, WebRequest request) {
        log.error("Unexpected failure answering {}", request.getDescription(false), exception);
        return handleExceptionInternal(exception, problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "The request could not be completed; it may be retried."),
                new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                "The request has %d invalid field(s).".formatted(errors.size()));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return handleExceptionInternal(exception, problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                        "The body is missing, is not well-formed JSON, or is not a JSON object of the expected shape."),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : exception.getPropertyName();
        return handleExceptionInternal(exception, problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                        "Parameter '%s' has an invalid value.".formatted(name)),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Spring's own refusals (405, 415, an unknown path...) get a code too: their status, by name. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Object answer = body == null && exception instanceof ErrorResponse spring ? spring.getBody() : body;
        if (answer instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", HttpStatus.valueOf(status.value()).name());
        }
        return super.handleExceptionInternal(exception, answer, headers, status, request);
    }

    private static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
