package org.partnerledger.query.access;

import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.web.security.AccessChange;
import org.partnerledger.web.security.AccessTable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Keeps who each partnership admits ({@code partnership_access}) as its events say, with the fold the command side
 * applies too ({@link AccessChange}), so both sides admit the same people (ADR 14). A consumer of its own: access
 * follows the topic at its own pace, and a partnership another read model already shows stays hidden until its
 * access has arrived.
 */
@Component
class AccessProjection implements ReadModel {

    private final AccessTable table;

    AccessProjection(NamedParameterJdbcTemplate jdbc) {
        this.table = new AccessTable(JdbcClient.create(jdbc));
    }

    @Override
    public String name() {
        return "access";
    }

    @Override
    public Optional<String> positionsTable() {
        return Optional.of("access_stream");
    }

    /** Access is keyed by the partnership id in the canonical form in which the edge looks it up. */
    @Override
    public void apply(List<EventEnvelope> envelopes) {
        envelopes.forEach(envelope ->
                table.apply(envelope.partnershipId().toString(), AccessChange.of(envelope.event())));
    }
}
