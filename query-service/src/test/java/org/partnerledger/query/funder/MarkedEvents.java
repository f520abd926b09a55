package org.partnerledger.query.funder;

import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.Uuid;
import org.partnerledger.web.testing.TestCaller;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One event of every published type for a partnership, each free-text field holding its own marker
 * ({@code SECRET_<type>_<field>_}, nested fields by their path): the events are built from their record components,
 * so a field added to an event gets a marker without this class changing. Ids, partner references and coded values
 * (units, kinds, channels) are given as a valid stream has them, so that the events fold as the real ones do: the
 * metric and the story are the ones the later events name; the metric retired, the story withdrawn and the partner
 * withdrawn are others.
 */
final class MarkedEvents {

    static final String FUNDER_VIEW = "FUNDER_VIEW";
    /** The order the stream needs: what others refer to first, the conclusion last. */
    private static final List<String> FIRST = List.of("PartnershipFormed", "PartnerAdmitted", "MetricProposed",
            "MetricEndorsed", "MetricActivated", "MetricTargetSet", "MetricTargetAmended", "MeasurementRecorded",
            "MeasurementCorrected", "StoryShared", "StoryConsentRecorded", "AgreementSigned");
    private static final List<String> LAST = List.of("PartnershipConcluded");
    private static final Set<String> PARTNER_REFERENCES = Set.of("partner", "coordinator", "ownerPartner",
            "recordedBy", "responsible", "accountable", "amendedBy", "correctedBy", "partners", "parties",
            "decidedBy", "signatories", "consulted", "informed", "endorsedBy", "attendees", "approvedBy", "agreedBy",
            "participants");
    /** Coded values, by {@code Type.field} or by field name in every type. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("MetricProposed.unit", "INDIVIDUALS"), Map.entry("MetricProposed.direction", "UP"),
            Map.entry("MetricProposed.frequency", "QUARTERLY"), Map.entry("MetricProposed.measureKind", "BETTER_OFF"),
            Map.entry("sector", "COMMUNITY_BASED"), Map.entry("AgreementSigned.kind", "MOU"),
            Map.entry("documentSha256", "a".repeat(64)), Map.entry("AgreementReviewed.outcome", "CONFIRMED"),
            Map.entry("LessonRecorded.kind", "WORKING"), Map.entry("PartnerAssetRecorded.kind", "FUNDING"),
            Map.entry("ProgressReportIssued.audience", "FUNDERS"), Map.entry("CheckInRecorded.channel", "PHONE"),
            Map.entry("SuccessDisseminated.channel", "NEWSLETTER"),
            Map.entry("StoryConsentRecorded.identification", "FIRST_NAME"),
            Map.entry("ConflictLogged.severity", "MEDIUM"), Map.entry("MeetingCadenceSet.cadence", "MONTHLY"),
            Map.entry("period", "2027-Q1"));
    private static final Set<String> LATER_DAYS = Set.of("periodEnd", "reviewBy", "nextReviewBy", "closesOn",
            "targetDate", "expiresOn");

    private final UUID partnershipId;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> markers = new java.util.TreeSet<>();

    MarkedEvents(UUID partnershipId) {
        this.partnershipId = partnershipId;
    }

    static String marker(String type, String path) {
        return "SECRET_" + type + "_" + path + "_";
    }

    /** Every type's event, in an order a stream could have them. */
    List<PartnershipEvent> stream() {
        List<String> types = new ArrayList<>(FIRST);
        PartnershipEventsTopic.typeNames().stream().sorted()
                .filter(type -> !FIRST.contains(type) && !LAST.contains(type)).forEach(types::add);
        types.addAll(LAST);
        return types.stream().map(type -> (PartnershipEvent) build(type,
                PartnershipEventsTopic.eventClass(type).orElseThrow(), "")).toList();
    }

    /** The markers the events were built with. */
    Set<String> markers() {
        return markers;
    }

    private Object build(String type, Class<?> recordType, String prefix) {
        RecordComponent[] components = recordType.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        String partnerId = null;
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String path = prefix + component.getName();
            values[i] = value(type, path, component.getName(), component.getGenericType(),
                    component.isAnnotationPresent(Uuid.class));
            if (recordType == Partner.class && component.getName().equals("id")) {
                partnerId = (String) values[i];
            }
        }
        if (recordType == Partner.class) {
            values[2] = Partner.derivedOrganisationId(partnerId);
        }
        try {
            return recordType.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + recordType, e);
        }
    }

    private Object value(String type, String path, String name, Type genericType, boolean uuid) {
        Class<?> raw = genericType instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) genericType;
        if (raw == List.class) {
            Type element = ((ParameterizedType) genericType).getActualTypeArguments()[0];
            if (element == String.class && PARTNER_REFERENCES.contains(name)) {
                return List.of("abc", "rcsd");
            }
            if (name.equals("channels")) {
                return List.of(FUNDER_VIEW, "PUBLIC_REPORT");
            }
            return List.of(value(type, path, name, element, uuid));
        }
        if (raw == String.class) {
            return text(type, path, name, uuid);
        }
        if (raw == LocalDate.class) {
            return LATER_DAYS.contains(name) ? LocalDate.now().plusYears(3) : LocalDate.of(2026, 6, 1);
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-06-01T10:00:00Z");
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("10");
        }
        if (raw == int.class || raw == Integer.class) {
            return switch (name) {
                case "revision" -> 2;
                case "months" -> 12;
                case "score", "served" -> 3;
                default -> 1;
            };
        }
        if (raw == Double.class || raw == double.class) {
            return 1.0;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw.isRecord()) {
            return build(type, raw, path + ".");
        }
        throw new IllegalStateException("No value for " + type + "." + path + " of " + genericType);
    }

    private String text(String type, String path, String name, boolean uuid) {
        if (uuid) {
            return id(type, name);
        }
        if (path.equals("partner.id") || path.equals("partners.id")) {
            return type.equals("PartnerAdmitted") ? "county" : "abc";
        }
        if (PARTNER_REFERENCES.contains(name)) {
            return type.equals("PartnerWithdrawn") ? "rcsd" : "abc";
        }
        String code = CODES.getOrDefault(type + "." + name, CODES.get(name));
        if (code != null) {
            return code;
        }
        String marker = marker(type, path);
        markers.add(marker);
        return marker;
    }

    private String id(String type, String name) {
        return switch (name) {
            case "partnershipId" -> partnershipId.toString();
            case "funderOrganisationId" -> TestCaller.FUNDER.organisationId();
            case "auditorOrganisationId" -> type.equals("AuditorAccessGranted")
                    ? TestCaller.AUDITOR.organisationId() : ids("another auditor");
            case "metricId" -> type.equals("MetricRetired") ? ids("retired metric") : ids(name);
            case "storyId" -> type.equals("StoryConsentWithdrawn") ? ids("withdrawn story") : ids(name);
            default -> ids(name);
        };
    }

    private String ids(String key) {
        return ids.computeIfAbsent(key, unused -> UUID.randomUUID().toString());
    }
}
