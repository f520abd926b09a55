-- The outcome of every command a client sent with an Idempotency-Key, written in the same transaction as the
-- command's events: a key is either in here together with its events or neither is stored.
CREATE TABLE idempotent_command (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    result_type     VARCHAR(255) NOT NULL,
    result          BYTEA        NOT NULL,
    stored_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
