-- partner_ids is what the decision insert checks its deciders against (@>); partners keeps the names as given.
CREATE TABLE partnership
(
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    coordinator text        NOT NULL,
    partner_ids text[]      NOT NULL,
    partners    jsonb       NOT NULL,
    vision      jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE decision
(
    id             uuid PRIMARY KEY,
    partnership_id uuid        NOT NULL REFERENCES partnership (id),
    title          text        NOT NULL,
    rationale      text        NOT NULL,
    decided_by     text[]      NOT NULL,
    decided_at     timestamptz NOT NULL DEFAULT now()
);

-- A partnership's decisions are read together; the foreign key alone indexes nothing.
CREATE INDEX decision_partnership_id ON decision (partnership_id);

-- Written in the transaction of the change it records, so a change and its audit entry stand or fall together.
CREATE TABLE audit_log
(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    actor          text        NOT NULL,
    action         text        NOT NULL,
    entity_id      uuid        NOT NULL,
    partnership_id uuid        NOT NULL,
    details        jsonb       NOT NULL
);

-- An auditor reads one partnership's entries, newest first.
CREATE INDEX audit_log_partnership_id ON audit_log (partnership_id, id);
