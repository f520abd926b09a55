package org.partnerledger.command.access;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.partnerledger.events.CoordinatorAppointedEvent;
import org.partnerledger.events.GrantRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.web.security.AccessChange;
import org.partnerledger.web.security.AccessTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fills {@code partnership_access} (V5) from the events stored before it existed, with the same fold the live
 * handler applies. It runs once, inside Flyway's transaction and before Axon starts; it reads only the events that
 * change access, and names a revision-1 partner's organisation as the upcaster would (derived from its short id).
 */
@Component
class AccessFromHistory implements JavaMigration {

    private static final Map<String, Class<? extends PartnershipEvent>> TYPES = Stream.of(
                    PartnershipFormedEvent.class, PartnerAdmittedEvent.class, PartnerWithdrawnEvent.class,
                    CoordinatorAppointedEvent.class, GrantRecordedEvent.class)
            .collect(Collectors.toMap(Class::getName, type -> type));
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "partnership access from history";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        AccessTable table = new AccessTable(jdbc);
        jdbc.sql("""
                        SELECT payload_type, payload FROM domain_event_entry
                        WHERE payload_type IN (:types) ORDER BY global_index""")
                .param("types", List.copyOf(TYPES.keySet()))
                .query((row, number) -> read(row.getString("payload_type"), row.getBytes("payload")))
                .list()
                .forEach(event -> table.apply(event.partnershipId(), AccessChange.of(event)));
    }

    private static PartnershipEvent read(String type, byte[] payload) {
        try {
            PartnershipEvent event = JSON.readValue(payload, TYPES.get(type));
            if (event instanceof PartnershipFormedEvent formed) {
                return new PartnershipFormedEvent(formed.partnershipId(), formed.name(), formed.vision(),
                        formed.partners().stream().map(AccessFromHistory::named).toList(), formed.coordinator(),
                        formed.purpose());
            }
            if (event instanceof PartnerAdmittedEvent admitted) {
                return new PartnerAdmittedEvent(admitted.partnershipId(), named(admitted.partner()));
            }
            return event;
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("A stored " + type + " cannot be read", unreadable);
        }
    }

    private static Partner named(Partner partner) {
        return partner.organisationId() != null ? partner : new Partner(partner.id(), partner.name(),
                Partner.derivedOrganisationId(partner.id()), partner.sector());
    }
}
