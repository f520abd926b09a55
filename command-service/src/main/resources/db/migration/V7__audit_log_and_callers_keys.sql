-- Denied requests and refused commands (docs/security.md): who, what, when, outcome; never a body or a token.
CREATE TABLE audit_log (
    id              BIGSERIAL PRIMARY KEY,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    subject         VARCHAR(255),
    role            VARCHAR(32),
    organisation_id VARCHAR(255),
    method          VARCHAR(16)  NOT NULL,
    path            TEXT         NOT NULL,
    partnership_id  VARCHAR(255),
    status          INTEGER      NOT NULL,
    code            VARCHAR(64)
);
CREATE INDEX audit_log_partnership ON audit_log (partnership_id, id);

-- Idempotency keys belong to the subject who sent them: the same key from two people is two keys. Keys stored
-- before callers were known belong to no one who can sign in.
ALTER TABLE idempotent_command ADD COLUMN subject VARCHAR(255) NOT NULL DEFAULT 'anonymous';
ALTER TABLE idempotent_command DROP CONSTRAINT idempotent_command_pkey;
ALTER TABLE idempotent_command ADD PRIMARY KEY (subject, idempotency_key);
ALTER TABLE idempotent_command ALTER COLUMN subject DROP DEFAULT;
CREATE INDEX idempotent_command_stored_at ON idempotent_command (stored_at);
