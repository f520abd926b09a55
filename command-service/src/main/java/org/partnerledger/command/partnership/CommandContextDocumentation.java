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

/**
 * Documents what {@link CommandContextResolver} reads for every command (every POST and PUT of this service), in
 * place of the resolved {@link CommandContext} parameter itself: the partnership's id in the path and the optional
 * {@code If-Match} and {@code Idempotency-Key} headers.
 */
@Component
class CommandContextDocumentation implements GlobalOpenApiCustomizer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    @Override
    public void customise(OpenAPI document) {
        document.getPaths().forEach((path, item) -> {
            boolean onAPartnership = path.contains("{" + CommandContextResolver.PARTNERSHIP_ID + "}");
            for (Operation command : new Operation[]{item.getPost(), item.getPut()}) {
                if (command != null) {
                    document(command, onAPartnership);
                }
            }
        });
    }

    private static void document(Operation command, boolean onAPartnership) {
        List<Parameter> parameters = command.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(command.getParameters());
        if (onAPartnership) {
            if (parameters.stream().noneMatch(parameter -> CommandContextResolver.PARTNERSHIP_ID
                    .equals(parameter.getName()))) {
                parameters.add(0, new PathParameter().name(CommandContextResolver.PARTNERSHIP_ID).required(true)
                        .description("The partnership's id").schema(new StringSchema().format("uuid")));
            }
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
