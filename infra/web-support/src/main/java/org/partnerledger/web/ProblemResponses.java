package org.partnerledger.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.ServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers every failed request with RFC 9457 problem+json carrying a stable {@code code}, so that clients branch on
 * codes and never parse messages. Nothing reaches the domain when the edge refuses a request.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final int MAX_LISTED_ERRORS = 100;
    private static final StreamReadConstraints LIMITS = BoundedJsonRequests.LIMITS;
    private static final String BEYOND_LIMITS = ("The body has over %d tokens, nests deeper than %d levels, or holds "
            + "a string of over %d characters, a number of over %d digits or a field name of over %d characters.")
            .formatted(LIMITS.getMaxTokenCount(), LIMITS.getMaxNestingDepth(), LIMITS.getMaxStringLength(),
                    LIMITS.getMaxNumberLength(), LIMITS.getMaxNameLength());

    private static final String NOTED_CODE = ProblemResponses.class.getName() + ".code";

    /** Keeps the code a request was answered with, for the audit log written after the answer. */
    public static void noteCode(ServletRequest request, String code) {
        request.setAttribute(NOTED_CODE, code);
    }

    /** The code noted for the request's answer, or {@code null}. */
    public static String notedCode(ServletRequest request) {
        return request.getAttribute(NOTED_CODE) instanceof String code ? code : null;
    }

    @ExceptionHandler(Rejection.class)
    ResponseEntity<Object> rejected(Rejection rejection, WebRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(rejection.status());
        ProblemDetail problem = problem(status, rejection.code(), rejection.getMessage());
        return handleExceptionInternal(rejection, problem, new HttpHeaders(), status, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException exception, WebRequest request) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        ProblemDetail problem = validationFailed(errors);
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** The firewall checks a header when it is first read, which may be in a handler, not only in its filter. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> firewallRejected(RequestRejectedException exception, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ErrorCodes.BAD_REQUEST,
                "The request holds a character that no header, parameter or path may hold.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, WebRequest request) {
        log.error("Unexpected failure answering {}", request.getDescription(false), exception);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
                "The request could not be completed; it may be retried.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return handleExceptionInternal(exception, unreadable(exception), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return handleExceptionInternal(exception, validationFailed(errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return handleExceptionInternal(exception, validationFailed(errors), headers, HttpStatus.BAD_REQUEST,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException exception,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : exception.getPropertyName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ErrorCodes.INVALID_PARAMETER,
                "Parameter '%s' has an invalid value.".formatted(name));
        problem.setProperty("errors", List.of(new FieldError(name, "invalid value")));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && exception instanceof ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setProperty("code", codeOf(exception, status));
            }
            request.setAttribute(NOTED_CODE, problem.getProperties().get("code"), WebRequest.SCOPE_REQUEST);
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    /**
     * Jackson wraps what went wrong in layers: a limit passed or a syntax error anywhere decides the code; otherwise
     * the outermost mapping layer knows which field was wrong.
     */
    private static ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = exception.getCause(); cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        if (chain.stream().anyMatch(cause -> cause instanceof StreamConstraintsException)) {
            return problem(HttpStatus.BAD_REQUEST, ErrorCodes.JSON_LIMIT_EXCEEDED, BEYOND_LIMITS);
        }
        if (chain.stream().anyMatch(cause -> cause instanceof JsonParseException)) {
            return problem(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_JSON,
                    "The body is not well-formed JSON, or names a field twice.");
        }
        JsonMappingException mapping = chain.stream()
                .filter(cause -> cause instanceof JsonMappingException withPath && !withPath.getPath().isEmpty())
                .map(JsonMappingException.class::cast).findFirst().orElse(null);
        if (mapping == null) {
            return problem(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_JSON,
                    "The body is missing, or is not a JSON object of the expected shape.");
        }
        boolean unknown = mapping instanceof UnrecognizedPropertyException;
        String field = path(mapping);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, unknown ? ErrorCodes.UNKNOWN_FIELD : ErrorCodes.WRONG_TYPE,
                unknown ? "Unknown field '%s'.".formatted(field)
                        : "Field '%s' has the wrong type or format.".formatted(field));
        problem.setProperty("errors", List.of(new FieldError(field, unknown ? "unknown field" : "wrong type or format")));
        return problem;
    }

    /** However many fields are invalid, the answer stays short: a hundred tell a client all it can act on. */
    private static ProblemDetail validationFailed(List<FieldError> errors) {
        boolean shortened = errors.size() > MAX_LISTED_ERRORS;
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
                "The request has %d invalid field(s)%s.".formatted(errors.size(),
                        shortened ? "; the first %d are listed".formatted(MAX_LISTED_ERRORS) : ""));
        problem.setProperty("errors", shortened ? errors.subList(0, MAX_LISTED_ERRORS) : errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String codeOf(Exception exception, HttpStatusCode status) {
        if (exception instanceof HttpMediaTypeNotSupportedException) {
            return ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException) {
            return ErrorCodes.NOT_ACCEPTABLE;
        }
        if (exception instanceof HttpRequestMethodNotSupportedException) {
            return ErrorCodes.METHOD_NOT_ALLOWED;
        }
        if (exception instanceof NoResourceFoundException) {
            return ErrorCodes.NOT_FOUND;
        }
        return ErrorCodes.forStatus(status.value());
    }
}
