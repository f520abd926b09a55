-- The decisions table becomes the table of every recorded item a rule still consults after it left the aggregate's
-- working set: decisions (and which of them were superseded, and by what) and closed actions (so that a command on
-- one is told it is closed rather than unknown). Written, like before, in the transaction that stores the event.
ALTER TABLE partnership_decision RENAME TO partnership_recorded_item;
ALTER TABLE partnership_recorded_item RENAME COLUMN decision_id TO item_id;
-- DECISION or ACTION
ALTER TABLE partnership_recorded_item ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'DECISION';
-- a decision: RECORDED or SUPERSEDED; an action: COMPLETED or CANCELLED
ALTER TABLE partnership_recorded_item ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'RECORDED';
-- the decision that superseded this one, or NULL
ALTER TABLE partnership_recorded_item ADD COLUMN superseded_by VARCHAR(255);

-- The decisions as V3 kept them, for readers and writers of the earlier shape (inserts get kind DECISION).
CREATE VIEW partnership_decision AS
SELECT partnership_id, item_id AS decision_id
FROM partnership_recorded_item
WHERE kind = 'DECISION';
