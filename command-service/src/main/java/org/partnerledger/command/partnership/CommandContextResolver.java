package org.partnerledger.command.partnership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerledger.web.security.AccessInterceptor;
import org.partnerledger.web.security.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the {@link CommandContext} of every command endpoint from its path and headers. */
@Component
class CommandContextResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String CORRELATION_ID = "X-Correlation-Id";
    static final String PARTNERSHIP_ID = AccessInterceptor.PARTNERSHIP_VARIABLE;
    private static final Pattern QUOTED_VERSION = Pattern.compile("\"?(\\d{1,18})\"?");
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern PRINTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandContext.class;
    }

    @Override
    public CommandContext resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest http = webRequest.getNativeRequest(HttpServletRequest.class);
        String newId = UUID.randomUUID().toString();
        Map<String, String> variables = pathVariables(http);
        String pathId = variables.get(PARTNERSHIP_ID);
        String partnershipId = pathId == null ? newId : uuid(PARTNERSHIP_ID, pathId);
        String itemId = variables.entrySet().stream().filter(variable -> !variable.getKey().equals(PARTNERSHIP_ID))
                .map(variable -> uuid(variable.getKey(), variable.getValue())).findFirst().orElse(null);
        String ifMatch = http.getHeader(IF_MATCH);
        Caller caller = Caller.current().orElseThrow(() -> new IllegalStateException(
                "A command endpoint was reached without an authenticated caller"));
        String correlationId = correlationId(http);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        if (response != null) {
            response.setHeader(CORRELATION_ID, correlationId);
        }
        return new CommandContext(partnershipId, itemId, expectedVersion(ifMatch), newId, idempotencyKey(http),
                http.getMethod() + " " + http.getRequestURI() + " " + ifMatch, caller, correlationId);
    }

    /** A client may tie its requests together with an id of its own; the service answers with the one it used. */
    private static String correlationId(HttpServletRequest http) {
        String given = http.getHeader(CORRELATION_ID);
        if (given == null) {
            return UUID.randomUUID().toString();
        }
        if (!CORRELATION.matcher(given).matches()) {
            throw PartnershipRejection.invalidCorrelationId();
        }
        return given;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest http) {
        Object variables = http.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }

    /** Ids in a path are UUIDs in their canonical form: Spring's own conversion would read {@code 1-1-1-1-1}. */
    private static String uuid(String name, String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw PartnershipRejection.invalidPathId(name, value);
        }
        return value.toLowerCase();
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        Matcher matcher = QUOTED_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw PartnershipRejection.invalidVersionHeader(ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String idempotencyKey(HttpServletRequest http) {
        String key = http.getHeader(IDEMPOTENCY_KEY);
        if (key != null && !PRINTABLE_KEY.matcher(key).matches()) {
            throw PartnershipRejection.invalidIdempotencyKey();
        }
        return key;
    }
}
