-- The decisions each partnership has recorded, for the rule that an action may only follow up a decision the
-- partnership took. Written in the transaction that stores the DecisionRecordedEvent (RecordedDecisions), so it is
-- never behind the store; the aggregate looks decisions up here instead of holding every id it ever recorded.
CREATE TABLE partnership_decision (
    partnership_id VARCHAR(255) NOT NULL,
    decision_id    VARCHAR(255) NOT NULL,
    PRIMARY KEY (partnership_id, decision_id)
);

-- Stores written by earlier versions: their decisions are only in the events.
INSERT INTO partnership_decision (partnership_id, decision_id)
SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'decisionId'
FROM domain_event_entry
WHERE payload_type = 'org.partnerledger.events.DecisionRecordedEvent';
