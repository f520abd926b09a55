package org.partnerledger.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored and published events outlive the code that wrote them: each revision's checked-in sample must still read
 * into exactly the record it describes.
 */
class GoldenJsonTest {

    private static final String PARTNERSHIP = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String DECISION = "0d7a3e8c-5b0f-4a61-8f6e-31c4b0a2d9e7";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static Stream<PartnershipEvent> samples() {
        return Stream.of(
                new PartnershipFormedEvent(PARTNERSHIP, "Rochester Working Families",
                        new Vision("Every working family in Rochester can reach a living wage",
                                List.of("Place 200 adults in jobs", "Open two childcare hubs")),
                        List.of(new Partner("abc", "Action for a Better Community"),
                                new Partner("rcsd", "Rochester City School District")),
                        "abc"),
                new DecisionRecordedEvent(PARTNERSHIP, DECISION, "Meet monthly on the first Tuesday",
                        "Bi-weekly meetings left no time for the work", List.of("abc", "rcsd")),
                new ActionAssignedEvent(PARTNERSHIP, "a3b1c9d2-7e64-4f0a-b5c8-9d2e1f3a4b5c", "Draft the MOU",
                        "abc", "rcsd", List.of("rcsd"), List.of(), LocalDate.of(2027, 1, 15), DECISION),
                new ConflictLoggedEvent(PARTNERSHIP, "c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
                        "Shared data on placements",
                        "The district cannot share student records without a data agreement",
                        List.of("abc", "rcsd"), "MEDIUM"),
                new VisionRevisedEvent(PARTNERSHIP, 2,
                        new Vision("Every working family in Monroe County can reach a living wage",
                                List.of("Place 300 adults in jobs")),
                        "The county joined the partnership"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theGoldenSampleOfEachRevisionStillReadsIntoTheSameEvent(PartnershipEvent expected) throws IOException {
        Class<? extends PartnershipEvent> type = expected.getClass();

        PartnershipEvent read = mapper.readValue(golden(type), type);

        assertThat(read).isEqualTo(expected);
    }

    @Test
    void everyPublishedEventTypeHasAGoldenSampleOfItsCurrentRevision() {
        assertThat(PartnershipEventsTopic.typeNames()).allSatisfy(name -> {
            Class<? extends PartnershipEvent> type = PartnershipEventsTopic.eventClass(name).orElseThrow();
            assertThat(type.getAnnotation(Revision.class)).as("@Revision on %s", name).isNotNull();
            assertThat(GoldenJsonTest.class.getResource(goldenPath(type))).as(goldenPath(type)).isNotNull();
        });
        assertThat(samples().map(Object::getClass)).containsExactlyInAnyOrderElementsOf(
                PartnershipEventsTopic.typeNames().stream()
                        .map(name -> PartnershipEventsTopic.eventClass(name).orElseThrow()).toList());
    }

    private static InputStream golden(Class<?> type) {
        return GoldenJsonTest.class.getResourceAsStream(goldenPath(type));
    }

    private static String goldenPath(Class<?> type) {
        return "/golden/%s-%s.json".formatted(PartnershipEventsTopic.typeName(type),
                type.getAnnotation(Revision.class).value());
    }
}
