package org.partnerledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides, before any handler of {@code /api/} runs, whether the caller may reach it: deny by default (a handler
 * without {@link Allow} answers no one), then the caller's standing towards the partnership in the path, or towards
 * the service for requests naming none. A partnership that does not admit the caller answers as one that does not
 * exist. The standing found is left on the request for the handler.
 */
public class AccessInterceptor implements HandlerInterceptor {

    /** The path variable naming the partnership a request addresses, in every service. */
    public static final String PARTNERSHIP_VARIABLE = "partnershipId";
    /** The request attribute holding the {@link Standing} the caller was let in with. */
    public static final String STANDING = AccessInterceptor.class.getName() + ".standing";
    private static final Pattern UUID = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final PartnershipDirectory directory;

    public AccessInterceptor(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allow allow = method.getMethodAnnotation(Allow.class);
        Caller caller = Caller.current().orElseThrow(() -> AccessRejection.forbidden(null));
        Standing standing = standing(caller, partnershipIn(request));
        if (allow == null || standing == null || !Arrays.asList(allow.value()).contains(standing)) {
            throw AccessRejection.forbidden(standing);
        }
        request.setAttribute(STANDING, standing);
        return true;
    }

    /**
     * An id that is no UUID names no partnership anyone is admitted to; the handler then answers it as the invalid
     * parameter it is, which tells no more than a 404 would.
     */
    private Standing standing(Caller caller, String partnershipId) {
        if (caller.role() == null) {
            return null;
        }
        if (partnershipId == null || !UUID.matcher(partnershipId).matches()) {
            return Standing.of(caller.role());
        }
        String id = partnershipId.toLowerCase(Locale.ROOT);
        Standing towards = caller.organisationId() == null ? null
                : Standing.towards(caller.role(), directory.capacities(id, caller.organisationId()));
        if (towards == null) {
            throw directory.notFound(id);
        }
        return towards;
    }

    @SuppressWarnings("unchecked")
    private static String partnershipIn(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? null : ((Map<String, String>) variables).get(PARTNERSHIP_VARIABLE);
    }
}
