package org.partnerledger.command.partnership;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Documents what {@link CommandContextResolver} reads for every command (every POST and PUT of this service), in
 * place of the resolved {@link CommandContext} parameter itself: the ids in the path and the optional
 * {@code If-Match} and {@code Idempotency-Key} headers.
 */
@Component
class CommandContextDocumentation implements GlobalOpenApiCustomizer {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    @Override
    public void customise(OpenAPI document) {
        document.getPaths().forEach((path, item) -> {
            boolean onAPartnership = path.contains("{" + CommandContextResolver.PARTNERSHIP_ID + "}");
            for (Operation command : new Operation[]{item.getPost(), item.getPut()}) {
                if (command != null) {
                    document(command, path, onAPartnership);
                }
            }
        });
    }

    private static List<String> pathVariables(String path) {
        return PATH_VARIABLE.matcher(path).results().map(match -> match.group(1)).toList();
    }

    private static void document(Operation command, String path, boolean onAPartnership) {
        List<Parameter> parameters = command.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(command.getParameters());
        int position = 0;
        for (String variable : pathVariables(path)) {
            if (parameters.stream().noneMatch(parameter -> variable.equals(parameter.getName()))) {
                parameters.add(position++, new PathParameter().name(variable).required(true)
                        .description(variable.equals(CommandContextResolver.PARTNERSHIP_ID) ? "The partnership's id"
                                : "The id of what the partnership recorded, as its command answered it")
                        .schema(new StringSchema().format("uuid")));
            }
        }
        if (onAPartnership) {
            parameters.add(new HeaderParameter().name(CommandContextResolver.IF_MATCH).required(false)
                    .description("The partnership version the client saw, e.g. \"3\"; another one is refused with "
                            + "409 VERSION_CONFLICT")
                    .schema(new StringSchema().pattern("^\"?\\d{1,18}\"?$")));
        }
        parameters.add(new HeaderParameter().name(CommandContextResolver.IDEMPOTENCY_KEY).required(false)
                .description("A key of the client's: a retry with the same key and request gets the first outcome")
                .schema(new StringSchema().pattern("^[\\x21-\\x7E]{1,200}$")));
        command.setParameters(parameters);
    }
}
