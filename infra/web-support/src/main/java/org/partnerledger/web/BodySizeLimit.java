package org.partnerledger.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses bodies above a limit before anything reads them, so an oversized request costs neither memory nor a
 * database round trip. A declared length is judged at once. A body of unknown length (chunked) is read here, at most
 * one byte past the limit, and handed on from memory: the refusal is then the same whichever endpoint, method or
 * reader the request meets, and it leaves with a Content-Length. A chunked answer would not do: Tomcat sends its last
 * chunk only after swallowing the unread rest of the request, and gives up on a rest of more than 2 MB. (A form sent
 * in chunks would lose its parameters; no endpoint takes forms.)
 */
class BodySizeLimit extends OncePerRequestFilter {

    private final int maxBytes;
    private final ObjectMapper objectMapper;

    BodySizeLimit(long maxBytes, ObjectMapper objectMapper) {
        this.maxBytes = Math.toIntExact(maxBytes);
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        if (request.getContentLengthLong() < 0) {
            byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(response);
                return;
            }
            chain.doFilter(new ReadAheadRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The body exceeds %d bytes.".formatted(maxBytes));
        problem.setProperty("code", ErrorCodes.BODY_TOO_LARGE);
        byte[] json = objectMapper.writeValueAsBytes(problem);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(json.length);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.getOutputStream().write(json);
    }
}
