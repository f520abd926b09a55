package org.partnerledger.command.partnership;

import org.junit.jupiter.api.Test;
import org.partnerledger.web.testing.EdgeUnderTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input, fuzz, schema and access tests walk {@link CommandEndpoint}: a command endpoint mapped without
 * an entry there would escape them all, so the list is held to the mappings themselves (the only reads here are
 * the audit log's, which {@link EveryEndpointAnswersOnlyItsStandingsTest} walks too).
 */
@WebMvcTest
@EdgeUnderTest
class EveryCommandEndpointIsWalkedTest {

    @Autowired
    private RequestMappingHandlerMapping mappings;
    @MockitoBean
    private PartnershipCommands commands;

    @Test
    void everyMappedCommandEndpointIsInTheListTheTestsWalk() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .filter(method -> method != RequestMethod.GET).flatMap(method ->
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
