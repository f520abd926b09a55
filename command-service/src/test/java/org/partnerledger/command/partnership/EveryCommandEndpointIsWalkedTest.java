package org.partnerledger.command.partnership;

import org.junit.jupiter.api.Test;
import org.partnerledger.web.WebSupportAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input, fuzz and schema tests walk {@link CommandEndpoint}: an endpoint mapped without an entry there
 * would escape them all, so the list is held to the mappings themselves.
 */
@WebMvcTest
@ImportAutoConfiguration(WebSupportAutoConfiguration.class)
class EveryCommandEndpointIsWalkedTest {

    @Autowired
    private RequestMappingHandlerMapping mappings;
    @MockitoBean
    private PartnershipCommands commands;

    @Test
    void everyMappedCommandEndpointIsInTheListTheTestsWalk() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream().flatMap(method ->
                        info.getPatternValues().stream().map(path -> method + " " + anyIds(path))))
                .collect(Collectors.toSet());
        Set<String> walked = Arrays.stream(CommandEndpoint.values())
                .map(endpoint -> endpoint.method() + " " + anyIds(endpoint.path("{id}")))
                .collect(Collectors.toSet());

        assertThat(walked).containsExactlyInAnyOrderElementsOf(mapped);
    }

    /** Paths compared whatever their variables are called. */
    private static String anyIds(String path) {
        return path.replaceAll("\\{[^}]+}", "{}").replace(CommandEndpoint.ITEM, "{}");
    }
}
