package org.partnerledger.command.partnership;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.partnerledger.events.DecisionRecordedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decisions of every partnership, in PostgreSQL. Its handler runs in a subscribing processor, so the row is
 * written in the very transaction that stores the event: a decision is in here exactly when it is in the store.
 */
@Repository
@ProcessingGroup(RecordedDecisions.PROCESSING_GROUP)
class RecordedDecisions implements Decisions {

    static final String PROCESSING_GROUP = "recorded-decisions";

    private final JdbcClient jdbc;

    RecordedDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recorded(String partnershipId, String decisionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM partnership_decision WHERE partnership_id = ? AND decision_id = ?)")
                .params(partnershipId, decisionId)
                .query(Boolean.class)
                .single();
    }

    @EventHandler
    void on(DecisionRecordedEvent event) {
        jdbc.sql("INSERT INTO partnership_decision (partnership_id, decision_id) VALUES (?, ?)")
                .params(event.partnershipId(), event.decisionId())
                .update();
    }
}
