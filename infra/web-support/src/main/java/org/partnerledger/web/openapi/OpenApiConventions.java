package org.partnerledger.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.validation.Validator;
import org.partnerledger.web.ErrorCodes;
import org.partnerledger.web.security.Allow;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One set of conventions for both services' OpenAPI documents, so that client generators and linters get what they
 * need: a title, version and description; a summary for every operation; every 4xx an operation can answer, with
 * the problem+json schema and the codes it may carry; request schemas that state every constraint the server
 * enforces; and no operation for Spring's {@code /error}.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiConventions {

    static final String PROBLEM = "Problem";
    static final String BEARER = "bearer";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The request body types of the operations: the schemas the constraints are written into. */
    private final Set<Class<?>> bodies = ConcurrentHashMap.newKeySet();
    private final RejectionCatalog rejections = new RejectionCatalog();

    @Bean
    OpenAPI serviceDocument(@Value("${partnerledger.api.title:PartnerLedger}") String title,
                            @Value("${partnerledger.api.description:}") String description,
                            @Value("${partnerledger.api.version:1}") String version) {
        return new OpenAPI()
                .info(new Info().title(title).version(version).description(description)
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                .servers(List.of(new Server().url("/").description("This service")))
                // Every operation needs a bearer token; the rule of who may call it is in its description.
                .security(List.of(new SecurityRequirement().addList(BEARER)))
                .components(new Components().addSchemas(PROBLEM, problemSchema())
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An access token of the configured OpenID Connect provider, addressed to "
                                        + "partnerledger, with the claims sub, role and organisation "
                                        + "(docs/security.md).")));
    }

    @Bean
    GlobalOperationCustomizer problemsAndSummaries(
            @Value("${partnerledger.api.code-root:org.partnerledger}") String codeRoot) {
        return (operation, handler) -> {
            if (operation.getSummary() == null) {
                operation.setSummary(sentence(handler.getMethod().getName()));
            }
            body(handler).ifPresent(bodies::add);
            describeWhoMay(operation, handler);
            addProblems(operation, handler, rejections.codesFor(handler.getBeanType().getPackageName(), codeRoot));
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer constraintsAndNoErrorPage(Validator validator) {
        ConstraintSchemas constraints = new ConstraintSchemas(validator);
        return document -> {
            document.getPaths().keySet().removeIf(path -> path.startsWith("/error"));
            if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
                // Spring's own problem type, which the advice answers with; the document names it Problem.
                document.getComponents().getSchemas().remove("ProblemDetail");
                Set<Class<?>> done = new HashSet<>();
                bodies.forEach(body -> constraints.apply(body, document.getComponents().getSchemas(), done));
            }
        };
    }

    /** The standings an operation answers, from its {@link Allow}, so that clients read the rule with the call. */
    private static void describeWhoMay(Operation operation, HandlerMethod handler) {
        Allow allow = handler.getMethodAnnotation(Allow.class);
        String who = allow == null ? "no one"
                : Arrays.stream(allow.value()).map(standing -> standing.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        String rule = "Open to: " + who + ".";
        operation.setDescription(operation.getDescription() == null ? rule : operation.getDescription() + "\n\n" + rule);
    }

    private static Optional<Class<?>> body(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return Optional.of(parameter.getParameterType());
            }
        }
        return Optional.empty();
    }

    /** The 4xx and 500 answers an operation can give, each with the codes it may carry. */
    private static void addProblems(Operation operation, HandlerMethod handler, Map<Integer, Set<String>> domain) {
        boolean hasBody = body(handler).isPresent();
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean hasPathIds = mapping != null && Arrays.stream(mapping.path()).anyMatch(path -> path.contains("{"));
        Map<Integer, Set<String>> codes = new TreeMap<>();
        add(codes, 400, ErrorCodes.INVALID_PARAMETER, ErrorCodes.BAD_REQUEST);
        if (hasBody) {
            add(codes, 400, ErrorCodes.MALFORMED_JSON, ErrorCodes.JSON_LIMIT_EXCEEDED, ErrorCodes.UNKNOWN_FIELD,
                    ErrorCodes.WRONG_TYPE, ErrorCodes.VALIDATION_FAILED);
            add(codes, 413, ErrorCodes.BODY_TOO_LARGE);
            add(codes, 415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
        }
        add(codes, 401, ErrorCodes.UNAUTHENTICATED);
        add(codes, 403, ErrorCodes.FORBIDDEN);
        add(codes, 406, ErrorCodes.NOT_ACCEPTABLE);
        if (hasPathIds) {
            add(codes, 404, ErrorCodes.NOT_FOUND);
        }
        domain.forEach((status, some) -> {
            if (status != 404 || hasPathIds) {
                codes.computeIfAbsent(status, any -> new TreeSet<>()).addAll(some);
            }
        });
        add(codes, 429, ErrorCodes.RATE_LIMITED);
        add(codes, 500, ErrorCodes.INTERNAL_ERROR);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        codes.forEach((status, some) -> responses.addApiResponse(Integer.toString(status), new ApiResponse()
                .description(describe(status) + " Codes: " + String.join(", ", some) + ".")
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        operation.setResponses(responses);
    }

    private static void add(Map<Integer, Set<String>> codes, int status, String... some) {
        codes.computeIfAbsent(status, any -> new LinkedHashSet<>()).addAll(List.of(some));
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "The request is malformed or invalid; nothing was stored.";
            case 401 -> "No valid bearer token came with the request.";
            case 403 -> "The caller's standing does not reach this.";
            case 404 -> "No such partnership, or no such item in it.";
            case 406 -> "The client accepts neither JSON nor problem+json.";
            case 409 -> "The partnership's state or version does not allow it now; nothing was stored.";
            case 413 -> "The body is over the size limit.";
            case 415 -> "The body is not application/json.";
            case 422 -> "A rule of the partnership refused the command; nothing was stored.";
            case 429 -> "Too many requests this minute; retry after the Retry-After seconds.";
            case 500 -> "A failure of the service; a command's outcome is then unknown: retry it with its Idempotency-Key.";
            default -> "Refused.";
        };
    }

    /** RFC 9457 problem details with the stable code and, for invalid fields, the fields. */
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().description("A URI naming the kind of problem"));
        properties.put("title", new StringSchema().description("A short summary of the kind of problem"));
        properties.put("status", new IntegerSchema().description("The HTTP status"));
        properties.put("detail", new StringSchema().description("What went wrong with this request, for people"));
        properties.put("instance", new StringSchema().description("The path of the request"));
        properties.put("code", new StringSchema().description("A stable machine-readable code, e.g. PARTNER_UNKNOWN"));
        properties.put("errors", new ArraySchema().description("The invalid fields, for VALIDATION_FAILED")
                .items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
        return new ObjectSchema().description("A problem (RFC 9457) with a stable code").properties(properties)
                .required(List.of("status", "title", "code"));
    }

    /** {@code recordDecision} as "Record decision". */
    static String sentence(String methodName) {
        String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
