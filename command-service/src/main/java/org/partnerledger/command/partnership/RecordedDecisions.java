package org.partnerledger.command.partnership;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.partnerledger.command.partnership.action.ClosedActions;
import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.DecisionSupersededEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The recorded items of every partnership that its rules consult after they left its working set, in PostgreSQL:
 * its decisions (and what superseded them) and its closed actions. The handlers run in a subscribing processor, so
 * a row is written in the very transaction that stores its event: an item is in here exactly when it is in the store.
 */
@Repository
@ProcessingGroup(RecordedDecisions.PROCESSING_GROUP)
class RecordedDecisions implements Decisions, ClosedActions {

    static final String PROCESSING_GROUP = "recorded-decisions";
    private static final String DECISION = "DECISION";
    private static final String ACTION = "ACTION";

    private final JdbcClient jdbc;

    RecordedDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recorded(String partnershipId, String decisionId) {
        return holds(partnershipId, decisionId, DECISION);
    }

    @Override
    public Optional<String> supersededBy(String partnershipId, String decisionId) {
        return jdbc.sql("""
                        SELECT superseded_by FROM partnership_recorded_item
                        WHERE partnership_id = ? AND item_id = ? AND kind = ? AND superseded_by IS NOT NULL""")
                .params(partnershipId, decisionId, DECISION)
                .query(String.class)
                .optional();
    }

    @Override
    public boolean closed(String partnershipId, String actionId) {
        return holds(partnershipId, actionId, ACTION);
    }

    @EventHandler
    void on(DecisionRecordedEvent event) {
        insert(event.partnershipId(), event.decisionId(), DECISION, "RECORDED");
    }

    @EventHandler
    void on(DecisionSupersededEvent event) {
        jdbc.sql("""
                        UPDATE partnership_recorded_item SET status = 'SUPERSEDED', superseded_by = ?
                        WHERE partnership_id = ? AND item_id = ? AND kind = ?""")
                .params(event.supersededBy(), event.partnershipId(), event.decisionId(), DECISION)
                .update();
    }

    @EventHandler
    void on(ActionCompletedEvent event) {
        insert(event.partnershipId(), event.actionId(), ACTION, "COMPLETED");
    }

    @EventHandler
    void on(ActionCancelledEvent event) {
        insert(event.partnershipId(), event.actionId(), ACTION, "CANCELLED");
    }

    private boolean holds(String partnershipId, String itemId, String kind) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM partnership_recorded_item
                                       WHERE partnership_id = ? AND item_id = ? AND kind = ?)""")
                .params(partnershipId, itemId, kind)
                .query(Boolean.class)
                .single();
    }

    private void insert(String partnershipId, String itemId, String kind, String status) {
        jdbc.sql("INSERT INTO partnership_recorded_item (partnership_id, item_id, kind, status) VALUES (?, ?, ?, ?)")
                .params(partnershipId, itemId, kind, status)
                .update();
    }
}
