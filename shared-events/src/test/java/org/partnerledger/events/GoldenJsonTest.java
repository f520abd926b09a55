package org.partnerledger.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored and published events outlive the code that wrote them: every event type has a checked-in sample of its
 * current revision (in {@code golden/Type-Revision.json}, shipped in this module's test-jar beside the samples of
 * earlier revisions, which the consumers' upcasters are tested on). The sample must read strictly into the record,
 * name every component, and write back to the same JSON.
 */
class GoldenJsonTest {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static Stream<String> eventTypes() {
        return PartnershipEventsTopic.typeNames().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theGoldenSampleOfTheCurrentRevisionReadsStrictlyAndWritesBackTheSame(String typeName) throws IOException {
        Class<? extends PartnershipEvent> type = PartnershipEventsTopic.eventClass(typeName).orElseThrow();
        assertThat(type.getAnnotation(Revision.class)).as("@Revision on %s", typeName).isNotNull();
        JsonNode golden;
        try (InputStream sample = GoldenJsonTest.class.getResourceAsStream(goldenPath(type))) {
            assertThat(sample).as(goldenPath(type)).isNotNull();
            golden = mapper.readTree(sample);
        }

        PartnershipEvent read = mapper.treeToValue(golden, type);

        assertThat((JsonNode) mapper.valueToTree(read)).isEqualTo(golden);
        assertEveryComponentIsGiven(read, typeName);
    }

    /** A sample that leaves a component out tests nothing about it, even where the component may be absent. */
    private static void assertEveryComponentIsGiven(Object value, String path) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object componentValue = read(component, record);
                assertThat(componentValue).as("%s.%s in the golden sample", path, component.getName()).isNotNull();
                assertEveryComponentIsGiven(componentValue, path + "." + component.getName());
            }
        } else if (value instanceof List<?> list) {
            list.forEach(element -> assertEveryComponentIsGiven(element, path + "[]"));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String goldenPath(Class<?> type) {
        return "/golden/%s-%s.json".formatted(PartnershipEventsTopic.typeName(type),
                type.getAnnotation(Revision.class).value());
    }
}
