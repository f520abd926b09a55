package org.partnerledger.command.access;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.command.StoredRows;
import org.partnerledger.events.GrantRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.StoredRows.golden;

/** A store written before access control is given the access its history grants, once, by its migration. */
class AccessFromHistoryTest extends RunningCommandService {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    void eventsStoredBeforeAccessExistedAdmitWhomTheirHistorySays() throws Exception {
        String id = UUID.randomUUID().toString();
        StoredRows rows = new StoredRows(jdbc);
        rows.store(id, 0, PartnershipFormedEvent.class, "1", golden("PartnershipFormed-1.json", id));
        rows.store(id, 1, PartnerAdmittedEvent.class, "1", golden("PartnerAdmitted-1.json", id));
        rows.store(id, 2, PartnerWithdrawnEvent.class, "1", golden("PartnerWithdrawn-1.json", id));
        rows.store(id, 3, GrantRecordedEvent.class, "1", golden("GrantRecorded-1.json", id));

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // in one transaction, as Flyway runs it
            new AccessFromHistory().migrate(on(connection));
            connection.commit();
        }

        assertThat(jdbc.sql("""
                        SELECT organisation_id || ' ' || capacity FROM partnership_access
                        WHERE partnership_id = ? ORDER BY 1""").param(id).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(List.of(
                        Partner.derivedOrganisationId("abc") + " COORDINATING",
                        Partner.derivedOrganisationId("abc") + " PARTNER",
                        "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d PARTNER",
                        "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b FUNDER"));
    }

    private static Context on(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
